using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Seedance.Contracts.Hosting;

/// <summary>
/// Adds one health check per configured provider when the health check service first reads its options,
/// not when <c>AddSeedanceHealthChecks</c> is called: at registration time a configuration-bound
/// <see cref="SeedanceOptions"/> does not exist yet, so the providers are unknown. Reading them here, from
/// the built options, gives exactly one check per configured provider (none for the others) whichever
/// order the app calls <c>AddSeedance</c> and <c>AddSeedanceHealthChecks</c> in.
/// </summary>
internal sealed class SeedanceHealthCheckRegistrations(IServiceProvider services, SeedanceHealthCheckSettings settings)
    : IConfigureOptions<HealthCheckServiceOptions>
{
    public void Configure(HealthCheckServiceOptions healthChecks)
    {
        ArgumentNullException.ThrowIfNull(healthChecks);
        if (services.GetService<ISeedanceClientRegistry>() is null)
            throw new InvalidOperationException("AddSeedanceHealthChecks needs the Seedance clients: call services.AddSeedance(...) as well.");
        var options = services.GetRequiredService<IOptions<SeedanceOptions>>().Value;
        foreach (var provider in options.Providers.Keys.Select(p => p.ToLowerInvariant()).Order(StringComparer.Ordinal))
        {
            healthChecks.Registrations.Add(new HealthCheckRegistration(
                SeedanceHealthCheckBuilderExtensions.CheckName(provider),
                sp => new SeedanceHealthCheck(sp.GetRequiredService<ISeedanceClientRegistry>(), provider),
                settings.FailureStatus, settings.Tags, settings.Timeout));
        }
    }
}

/// <summary>What the app passed to <c>AddSeedanceHealthChecks</c>.</summary>
internal sealed record SeedanceHealthCheckSettings(HealthStatus? FailureStatus, IReadOnlyCollection<string> Tags, TimeSpan Timeout);
