using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Tests.Http.TestKit;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Hosting;

/// <summary>What docs/hosting.md says about the quickstart, lifetimes, configuration and the named clients.</summary>
public sealed class AddSeedanceTests : IAsyncLifetime
{
    private const string InkGet = "/api/open/v1/video/generations/{requestId}";
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string InkId => (string)SpecExamples.Response(ProviderId.Seedance2Ink, "GET", InkGet, 200, "succeeded")["requestId"]!;

    private void ServeSucceededJob() =>
        _host.Serve("GET", $"/api/open/v1/video/generations/{InkId}", Reply.Ok(SpecExamples.Response(ProviderId.Seedance2Ink, "GET", InkGet, 200, "succeeded")));

    private IConfiguration Configuration(params (string Key, string Value)[] extra) => new ConfigurationBuilder().AddInMemoryCollection(
        new Dictionary<string, string?>
        {
            ["Seedance:Providers:seedance2-ink:ApiKey"] = Pipelines.FakeKey,
            ["Seedance:Providers:seedance2-ink:BaseUrl"] = _host.BaseUrl.ToString(),
        }.Concat(extra.Select(e => KeyValuePair.Create(e.Key, (string?)e.Value)))).Build();

    [Fact]
    public async Task A_registered_SeedanceCallbacks_protects_every_callback_url_the_DI_clients_submit()
    {
        const string Create = "/api/open/v1/video/generations";
        _host.Serve("POST", Create, Reply.Ok(SpecExamples.Response(ProviderId.Seedance2Ink, "POST", Create, 200, "success")));
        var callbacks = new SeedanceCallbacks(new SeedanceCallbackOptions { Secret = System.Text.Encoding.UTF8.GetBytes("a-hosting-secret-of-at-least-32-bytes") });
        var services = new ServiceCollection().AddSeedance(Configuration().GetSection("Seedance"));
        services.AddSingleton(callbacks);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IVideoJobClient>(ProviderId.Seedance2Ink).SubmitAsync(new VideoRequest
        {
            Model = "seedance-2.0",
            Prompt = "A river",
            CallbackUrl = new Uri("https://app.example.test/hooks/seedance/seedance2-ink"),
        });

        var sent = new Uri((string)Assert.Single(_host.Sent(Create, "POST")).Request.BodyAsJson()!["webhookUrl"]!);
        Assert.True(callbacks.HasValidToken(sent));
        Assert.Equal("/hooks/seedance/seedance2-ink", sent.AbsolutePath);
    }

    [Fact]
    public async Task A_keyed_client_and_the_registry_client_are_one_singleton_disposed_with_the_container()
    {
        var services = new ServiceCollection().AddSeedance(Configuration().GetSection("Seedance"));
        IVideoJobClient keyed;
        await using (var provider = services.BuildServiceProvider())
        {
            keyed = provider.GetRequiredKeyedService<IVideoJobClient>(ProviderId.Seedance2Ink);
            var registry = provider.GetRequiredService<ISeedanceClientRegistry>();
            Assert.Same(keyed, registry.GetClient(ProviderId.Seedance2Ink));
            Assert.Same(keyed, provider.GetRequiredKeyedService<IVideoJobClient>(ProviderId.Seedance2Ink));
            Assert.Equal(new[] { ProviderId.Seedance2Ink }, registry.Providers);

            var job = registry.GetJob(ProviderId.Seedance2Ink, InkId);
            Assert.Equal(InkId, job.Id);
            Assert.Empty(_host.Journal.Requests);
        }

        await Assert.ThrowsAsync<ObjectDisposedException>(() => keyed.GetStatusAsync(InkId));
        Assert.Empty(_host.Journal.Requests);
    }

    [Fact]
    public async Task A_missing_key_stops_the_host_at_start_naming_the_configuration_key()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Seedance:Providers:seedance2-ink:CallTimeout"] = "00:00:30",
        }).Build();
        builder.Services.AddSeedance(configuration.GetSection("Seedance"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Seedance:Providers:seedance2-ink:ApiKey is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task App_handlers_on_the_named_client_run_once_per_attempt_below_the_SDK_retry_layer()
    {
        _host.ServeSequence("GET", $"/api/open/v1/video/generations/{InkId}",
            new Reply(503, null), Reply.Ok(SpecExamples.Response(ProviderId.Seedance2Ink, "GET", InkGet, 200, "succeeded")));
        var counter = new CountingHandler();
        var services = new ServiceCollection().AddSeedance(Configuration(("Seedance:Providers:seedance2-ink:Retry:BaseDelay", "00:00:00")).GetSection("Seedance"));
        services.AddHttpClient(SeedanceHttpClientNames.Api(ProviderId.Seedance2Ink)).AddHttpMessageHandler(() => counter);
        await using var provider = services.BuildServiceProvider();

        var status = await provider.GetRequiredKeyedService<IVideoJobClient>(ProviderId.Seedance2Ink).GetStatusAsync(InkId);

        Assert.Equal(VideoJobState.Succeeded, status.State);
        Assert.Equal(2, counter.Sends);
        Assert.Equal(2, _host.Journal.Requests.Count());
    }

    [Fact]
    public async Task The_named_client_HttpClient_settings_are_not_used_and_the_chain_is_asked_for_per_request()
    {
        ServeSucceededJob();
        var services = new ServiceCollection().AddSeedance(Configuration().GetSection("Seedance"));
        services.AddHttpClient(SeedanceHttpClientNames.Api(ProviderId.Seedance2Ink), c =>
        {
            // Either would fail the call if the SDK used the named HttpClient rather than its handler chain.
            c.Timeout = TimeSpan.FromTicks(1);
            c.BaseAddress = new Uri("http://unused.invalid/");
        });
        var counting = new CountingHandlerFactory();
        services.AddSingleton<IHttpMessageHandlerFactory>(sp => counting.Wrap((IHttpMessageHandlerFactory)sp.GetRequiredService<IHttpClientFactory>()));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredKeyedService<IVideoJobClient>(ProviderId.Seedance2Ink);

        await client.GetStatusAsync(InkId);
        await client.GetStatusAsync(InkId);

        Assert.Equal(2, counting.Created(SeedanceHttpClientNames.Api(ProviderId.Seedance2Ink)));
        Assert.Equal(2, _host.Journal.Requests.Count());
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        private int _sends;

        public int Sends => _sends;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _sends);
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class CountingHandlerFactory
    {
        private readonly Dictionary<string, int> _created = new(StringComparer.Ordinal);

        public int Created(string name)
        {
            lock (_created) return _created.GetValueOrDefault(name);
        }

        public IHttpMessageHandlerFactory Wrap(IHttpMessageHandlerFactory inner) => new Counting(inner, this);

        private sealed class Counting(IHttpMessageHandlerFactory inner, CountingHandlerFactory owner) : IHttpMessageHandlerFactory
        {
            public HttpMessageHandler CreateHandler(string name)
            {
                lock (owner._created) owner._created[name] = owner._created.GetValueOrDefault(name) + 1;
                return inner.CreateHandler(name);
            }
        }
    }
}
