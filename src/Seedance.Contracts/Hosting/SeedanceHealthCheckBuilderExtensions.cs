using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Seedance.Contracts.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds health checks for the providers <c>AddSeedance</c> configured.</summary>
public static class SeedanceHealthCheckBuilderExtensions
{
    /// <summary>The default time one probe may take before the check reports its failure status.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Adds one check per configured provider, named <see cref="CheckName"/> (<c>seedance-seedance2-ink</c>),
    /// each making the provider's cheapest authenticated read through the app's own job client: Seedance2.ink
    /// lists its models; the others ask for the status of an id that cannot exist, where the provider's
    /// not-found answer means reachable and authenticated. A refused key (401) or any other failure reports
    /// <paramref name="failureStatus"/> with the SDK's redacted message. Healthy probes log nothing at
    /// Information or above. The providers are read from the options when the checks first run, so this may
    /// be called before or after <c>AddSeedance</c>.
    /// </summary>
    /// <param name="builder">The health checks builder (<c>services.AddHealthChecks()</c>).</param>
    /// <param name="failureStatus">The status of a failed probe; null means <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <param name="tags">Tags for every Seedance check (to filter them in <c>MapHealthChecks</c>).</param>
    /// <param name="timeout">How long one probe may take; null uses <see cref="DefaultTimeout"/>.</param>
    public static IHealthChecksBuilder AddSeedanceHealthChecks(
        this IHealthChecksBuilder builder, HealthStatus? failureStatus = null, IEnumerable<string>? tags = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = new SeedanceHealthCheckSettings(failureStatus, [.. tags ?? []], timeout ?? DefaultTimeout);
        // A second call replaces the settings; the checks are still added once.
        builder.Services.RemoveAll<SeedanceHealthCheckSettings>();
        builder.Services.AddSingleton(settings);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<HealthCheckServiceOptions>, SeedanceHealthCheckRegistrations>());
        return builder;
    }

    /// <summary>The name of a provider's check: <c>seedance-&lt;provider id&gt;</c>.</summary>
    public static string CheckName(string provider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        return "seedance-" + provider.ToLowerInvariant();
    }
}
