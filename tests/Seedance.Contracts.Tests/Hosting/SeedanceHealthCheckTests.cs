using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Tests.Http.TestKit;

namespace Seedance.Contracts.Tests.Hosting;

/// <summary><c>AddSeedanceHealthChecks</c>: one check per configured provider, over loopback HTTP against recorded answers.</summary>
public sealed class SeedanceHealthCheckTests : IAsyncLifetime
{
    private ReplayHost _host = null!;

    public static TheoryData<string> Providers => [.. ProviderId.All];

    public async Task InitializeAsync() => _host = await ProbeRecordings.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_reachable_provider_that_accepts_the_key_is_healthy_and_logs_nothing_at_Information(string provider)
    {
        _host.Serve(ProbeRecordings.Healthy[provider]);
        await using var services = Services(provider, Pipelines.FakeKey);

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = Assert.Single(report.Entries);
        Assert.Equal($"seedance-{provider}", entry.Key);
        Assert.True(entry.Value.Status == HealthStatus.Healthy, $"{entry.Value.Status}: {entry.Value.Description}");
        Assert.Single(_host.Journal.Requests);
        var logs = services.GetFakeLogCollector().GetSnapshot();
        // The probe's send is logged (at Debug): the check below sees the SDK's lines, so it can fail.
        var shown = string.Join("\n", logs.Select(r => $"{r.Level} {r.Category}: {r.Message}"));
        Assert.True(logs.Any(r => r.Category == "Seedance.Http"), shown);
        // TODO(pending changes in src/Seedance.Contracts/Http/, owned by the lead; this test fails until both land):
        // 1. RedactingLoggingHandler: write a non-2xx answer at Debug while SeedanceProbeScope.IsActive (for the
        //    three providers whose healthy answer is a not-found error status, the line is at Information today);
        // 2. SeedanceResiliencePipeline: Polly's telemetry logs every unretried attempt ("Execution attempt") and
        //    every call ("Resilience pipeline executed") at Information; a SeverityProvider should lower those to Debug.
        Assert.False(logs.Any(r => r.Level >= LogLevel.Information), shown);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_refused_key_is_unhealthy_and_the_result_never_shows_the_key(string provider)
    {
        _host.Serve(ProbeRecordings.Refused[provider]);
        await using var services = Services(provider, ProbeRecordings.RefusedKey);

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var result = Assert.Single(report.Entries).Value;
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("refused the key", result.Description, StringComparison.Ordinal);
        Assert.Equal(401, result.Data["statusCode"]);
        Assert.Equal("SeedanceAuthenticationException", result.Data["exception"]);
        Assert.NotNull(result.Exception);
        var shown = string.Join("\n", [result.Description, result.Exception.ToString(), result.Exception.Message, .. result.Data.Select(d => $"{d.Key}={d.Value}")]);
        Assert.DoesNotContain(ProbeRecordings.RefusedKey, shown, StringComparison.Ordinal);
        Assert.DoesNotContain("invalid-key-0000", shown, StringComparison.Ordinal);
        // The unhealthy result is logged by the health check service itself.
        Assert.Contains(services.GetFakeLogCollector().GetSnapshot(),
            r => r.Category == "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService" && r.Level == LogLevel.Error);
    }

    [Fact]
    public async Task A_failure_status_given_by_the_app_replaces_Unhealthy()
    {
        _host.Serve(ProbeRecordings.Refused[ProviderId.Seedance2Ink]);
        await using var services = Services(ProviderId.Seedance2Ink, ProbeRecordings.RefusedKey, HealthStatus.Degraded);

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Degraded, Assert.Single(report.Entries).Value.Status);
    }

    [Fact]
    public async Task Checks_are_named_for_the_configured_providers_only_whichever_call_comes_first()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Seedance:Providers:cometapi-volc:ApiKey"] = Pipelines.FakeKey,
            ["Seedance:Providers:seedance2-ink:ApiKey"] = Pipelines.FakeKey,
        }).Build();
        var services = new ServiceCollection();
        services.AddHealthChecks().AddSeedanceHealthChecks(tags: ["ready"]);
        services.AddSeedance(configuration.GetSection("Seedance"));
        await using var provider = services.BuildServiceProvider();

        var registrations = provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;

        Assert.Equal(new[] { "seedance-cometapi-volc", "seedance-seedance2-ink" }, registrations.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(registrations, r => Assert.Equal(new[] { "ready" }, r.Tags));
        Assert.All(registrations, r => Assert.Equal(SeedanceHealthCheckBuilderExtensions.DefaultTimeout, r.Timeout));
    }

    [Fact]
    public async Task Without_AddSeedance_the_checks_say_what_is_missing()
    {
        var services = new ServiceCollection().AddOptions();
        services.AddHealthChecks().AddSeedanceHealthChecks();
        await using var provider = services.BuildServiceProvider();

        var error = Record.Exception(() => provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value);
        Assert.True(error is InvalidOperationException && error.Message.Contains("services.AddSeedance(", StringComparison.Ordinal), error?.ToString());
    }

    private ServiceProvider Services(string provider, string key, HealthStatus? failureStatus = null)
    {
        var services = new ServiceCollection();
        services.AddFakeLogging(o => o.CollectRecordsForDisabledLogLevels = false);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace));
        services.AddSeedance(o => o.Providers[provider] = new SeedanceProviderOptions { ApiKey = key, BaseUrl = _host.BaseUrl });
        services.AddHealthChecks().AddSeedanceHealthChecks(failureStatus);
        return services.BuildServiceProvider();
    }
}
