using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Providers.CometApiVolc;
using Seedance.Contracts.Providers.Seedance2Ink;
using Seedance.Contracts.Tests.Http.TestKit;

namespace Seedance.Contracts.Tests.Hosting;

/// <summary><c>AddSeedance</c> from configuration: binding, start-up validation, keyed clients, the registry.</summary>
public sealed class RegistrationTests
{
    private static IConfigurationSection Section(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create("Seedance:" + v.Key, v.Value))).Build().GetSection("Seedance");

    private static ServiceProvider Build(IConfigurationSection section)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSeedance(section);
        return services.BuildServiceProvider(validateScopes: true);
    }

    [Fact]
    public void Settings_bind_from_configuration_and_a_status_list_replaces_the_defaults()
    {
        using var services = Build(Section(
            ("Providers:seedance2-ink:ApiKey", Pipelines.FakeKey),
            ("Providers:seedance2-ink:BaseUrl", "https://proxy.example.com"),
            ("Providers:seedance2-ink:CallTimeout", "00:02:30"),
            ("Providers:seedance2-ink:Retry:MaxRetries", "5"),
            ("Providers:seedance2-ink:Retry:AttemptTimeout", "00:00:20"),
            ("Providers:seedance2-ink:Retry:IdempotentRetryStatuses:0", "503"),
            ("Providers:cometapi-volc:ApiKey", "another-key"),
            ("Providers:cometapi-volc:FallbackToVideosRoute", "true")));

        var options = services.GetRequiredService<IOptions<SeedanceOptions>>().Value;
        var ink = options.Providers[ProviderId.Seedance2Ink];
        Assert.Equal(Pipelines.FakeKey, ink.ApiKey);
        Assert.Equal(new Uri("https://proxy.example.com"), ink.BaseUrl);
        Assert.Equal(TimeSpan.FromSeconds(150), ink.CallTimeout);
        Assert.Equal(5, ink.Retry.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(20), ink.Retry.AttemptTimeout);
        Assert.Equal([503], ink.Retry.IdempotentRetryStatuses!);
        Assert.True(options.Providers[ProviderId.CometApiVolc].FallbackToVideosRoute);
    }

    [Fact]
    public void The_binding_source_generator_reads_the_settings()
    {
        // This project builds with EnableConfigurationBindingGenerator, so this Get is the generated binder's.
        var options = Section(
            ("Providers:acedata-seedance:ApiKey", Pipelines.FakeKey),
            ("Providers:acedata-seedance:CallTimeout", "00:03:00"),
            ("Providers:acedata-seedance:Blocking", "true"),
            ("Providers:acedata-seedance:Retry:BaseDelay", "00:00:01.5"),
            ("Providers:acedata-seedance:Retry:IdempotentRetryStatuses:0", "502"),
            ("Providers:acedata-seedance:Retry:IdempotentRetryStatuses:1", "504")).Get<SeedanceOptions>()!;

        var ace = options.Providers[ProviderId.AceDataSeedance];
        Assert.Equal(Pipelines.FakeKey, ace.ApiKey);
        Assert.Equal(TimeSpan.FromMinutes(3), ace.CallTimeout);
        Assert.True(ace.Blocking);
        Assert.Equal(TimeSpan.FromSeconds(1.5), ace.Retry.BaseDelay);
        Assert.Equal([502, 504], ace.Retry.IdempotentRetryStatuses!);
        Assert.Null(ace.Retry.CreateRetryStatuses);
    }

    [Fact]
    public void Keyed_clients_and_the_registry_hand_out_one_shared_client_per_provider()
    {
        using var services = Build(Section(("Providers:seedance2-ink:ApiKey", Pipelines.FakeKey), ("Providers:cometapi-volc:ApiKey", "another-key")));

        var keyed = services.GetRequiredKeyedService<IVideoJobClient>(ProviderId.Seedance2Ink);
        var registry = services.GetRequiredService<ISeedanceClientRegistry>();

        Assert.IsType<Seedance2InkJobClient>(keyed);
        Assert.Same(keyed, registry.GetClient(ProviderId.Seedance2Ink));
        Assert.IsType<CometApiVolcJobClient>(registry.GetClient(ProviderId.CometApiVolc));
        Assert.Equal([ProviderId.CometApiVolc, ProviderId.Seedance2Ink], registry.Providers.Order());
        var job = registry.GetJob(ProviderId.Seedance2Ink, "req_123");
        Assert.Equal(("req_123", ProviderId.Seedance2Ink), (job.Id, job.Provider));
        var missing = Assert.Throws<ArgumentException>(() => registry.GetClient(ProviderId.AceDataSeedance));
        Assert.Contains("Seedance:Providers:acedata-seedance", missing.Message);
    }

    [Fact]
    public void Start_up_validation_names_the_configuration_key_and_never_the_key()
    {
        using var services = Build(Section(
            ("Providers:seedance2-ink:BaseUrl", "https://api.example.com"),
            ("Providers:cometapi-volc:ApiKey", "bad key " + Pipelines.FakeKey),
            ("Providers:acedata-seedance:ApiKey", Pipelines.FakeKey),
            ("Providers:acedata-seedance:FallbackToVideosRoute", "true"),
            ("Providers:acedata-seedance:Retry:CreateRetryStatuses:0", "503"),
            ("Providers:no-such-provider:ApiKey", Pipelines.FakeKey)));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate());

        Assert.Contains("Seedance:Providers:seedance2-ink:ApiKey is missing", error.Message);
        Assert.Contains("Seedance:Providers:cometapi-volc:ApiKey contains whitespace", error.Message);
        Assert.Contains("Seedance:Providers:acedata-seedance:FallbackToVideosRoute applies to cometapi-volc only", error.Message);
        Assert.Contains("Seedance:Providers:acedata-seedance:Retry:CreateRetryStatuses holds 503", error.Message);
        Assert.Contains("Seedance:Providers:no-such-provider: 'no-such-provider' is not a provider id", error.Message);
        Assert.DoesNotContain(Pipelines.FakeKey, error.Message);
    }

    [Fact]
    public void Options_never_show_the_key()
    {
        var settings = new SeedanceProviderOptions { ApiKey = Pipelines.FakeKey, BaseUrl = new Uri("https://user:pw@api.example.com/x?sig=1") };
        var options = new SeedanceOptions { Providers = { [ProviderId.Seedance2Ink] = settings } };

        foreach (var text in new[] { settings.ToString(), options.ToString() })
        {
            Assert.DoesNotContain(Pipelines.FakeKey, text);
            Assert.DoesNotContain("pw", text);
            Assert.DoesNotContain("sig=1", text);
        }
        Assert.Contains("ApiKey: set", settings.ToString());
    }

    [Fact]
    public void The_non_di_factory_takes_the_same_settings_and_checks_them()
    {
        using var client = SeedanceJobClients.Create(ProviderId.CometApiVolc, new SeedanceProviderOptions { ApiKey = Pipelines.FakeKey, FallbackToVideosRoute = true });
        Assert.IsType<CometApiVolcJobClient>(client);

        var error = Assert.Throws<ArgumentException>(() => SeedanceJobClients.Create(ProviderId.Seedance2Ink, new SeedanceProviderOptions { Blocking = true }));
        Assert.Contains("Seedance:Providers:seedance2-ink:ApiKey is missing", error.Message);
        Assert.Contains("Seedance:Providers:seedance2-ink:Blocking applies to acedata-seedance only", error.Message);
    }

    [Fact]
    public void FromEnvironment_names_an_unset_variable()
    {
        var variable = "SEEDANCE_TEST_UNSET_" + Guid.NewGuid().ToString("N");
        var error = Assert.Throws<InvalidOperationException>(() => SeedanceApiKey.FromEnvironment(variable));
        Assert.Contains(variable, error.Message);
    }
}
