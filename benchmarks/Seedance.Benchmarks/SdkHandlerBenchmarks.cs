using BenchmarkDotNet.Attributes;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Seedance.Benchmarks.RoundTrip;
using Seedance.Contracts;
using Seedance.Contracts.Http;
using OurClient = Seedance.Generated.Seedance2Ink.Seedance2InkClient;
using OurModels = Seedance.Generated.Seedance2Ink.Models;

namespace Seedance.Benchmarks;

/// <summary>
/// The SDK's handler chain taken apart: the same create + status round trip as <see cref="RoundTripBenchmarks"/>,
/// through our generated client, over the SDK's own handlers added one group at a time in their pipeline order.
/// Baseline: the Kiota default handlers the SDK keeps (all but Kiota's RetryHandler), so each row's difference
/// from the one before is the cost of the group it adds. The last row is the chain <c>SeedancePipeline</c> builds.
/// </summary>
/// <remarks>
/// Every row passes the per-call options <c>SeedanceCall</c> would attach (response capture, request safety),
/// without <c>SeedanceCall</c> itself, so the handlers do their production work. Without the resilience handler
/// there is no send ledger, and the stamper and single-send guard pass requests through.
/// </remarks>
[MemoryDiagnoser]
public class SdkHandlerBenchmarks
{
    private LoopbackServer _server = null!;
    private readonly List<IDisposable> _owned = [];
    private OurClient _kiotaDefaults = null!;
    private OurClient _withWire = null!;
    private OurClient _withResilience = null!;
    private OurClient _fullChain = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await InkBodies.StartServerAsync();
        _kiotaDefaults = Client(h => h is not (SendStamperHandler or RedactingLoggingHandler or SingleSendGuardHandler or SeedanceResilienceHandler or ErrorCaptureHandler));
        _withWire = Client(h => h is not (SeedanceResilienceHandler or ErrorCaptureHandler));
        _withResilience = Client(h => h is not ErrorCaptureHandler);
        _fullChain = Client(_ => true);

        await RoundTripSanity.CheckAsync(_server, new (string, Func<Task<RoundTripResult>>)[]
        {
            ("KiotaDefaultsWithoutRetry", KiotaDefaultsWithoutRetry),
            ("WireHandlers", WireHandlers),
            ("ResilienceHandler", ResilienceHandler),
            ("ErrorCaptureHandler", ErrorCapture),
        }, InkBodies.Expected());
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        foreach (var owned in _owned) owned.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Kiota defaults without RetryHandler")]
    public Task<RoundTripResult> KiotaDefaultsWithoutRetry() => RoundTrip(_kiotaDefaults);

    [Benchmark(Description = "+ stamper, log line, single-send guard")]
    public Task<RoundTripResult> WireHandlers() => RoundTrip(_withWire);

    [Benchmark(Description = "+ SeedanceResilienceHandler (Polly, ledger)")]
    public Task<RoundTripResult> ResilienceHandler() => RoundTrip(_withResilience);

    [Benchmark(Description = "+ ErrorCaptureHandler (= SDK chain)")]
    public Task<RoundTripResult> ErrorCapture() => RoundTrip(_fullChain);

    /// <summary>A generated client over the SDK's handlers (pipeline order) that <paramref name="keep"/> keeps.</summary>
    private OurClient Client(Func<DelegatingHandler, bool> keep)
    {
        var options = new SeedanceClientOptions { ApiKey = new SeedanceApiKey(InkRequestValues.ApiKey), BaseUrl = _server.BaseUrl };
        var redactor = Redactor.For(options.ApiKey);
        var all = SeedancePipeline.CreateSdkHandlers(options, "seedance2-ink", redactor)
            .Concat(SeedancePipeline.CreateWireHandlers(null, redactor, null))
            .ToList();
        foreach (var dropped in all.Where(h => !keep(h))) dropped.Dispose();
        var first = KiotaClientFactory.ChainHandlersCollectionAndGetFirstLink(KiotaClientFactory.GetDefaultHttpMessageHandler(), [.. all.Where(keep)])!;
        var http = Own(new HttpClient(first) { Timeout = Timeout.InfiniteTimeSpan });
        var adapter = Own(new HttpClientRequestAdapter(new StaticBearerAuthenticationProvider(InkRequestValues.ApiKey), httpClient: http)
        {
            BaseUrl = _server.BaseUrl.AbsoluteUri.TrimEnd('/'),
        });
        return new OurClient(adapter);
    }

    private static async Task<RoundTripResult> RoundTrip(OurClient client)
    {
        var generations = client.Api.Open.V1.Video.Generations;
        var created = await generations.PostAsync(new OurModels.CreateGenerationRequest
        {
            Model = new OurModels.GenerationModel(InkRequestValues.Model),
            Prompt = InkRequestValues.Prompt,
            AspectRatio = new OurModels.AspectRatio(InkRequestValues.AspectRatio),
            Duration = InkRequestValues.Duration,
            Resolution = new OurModels.Resolution(InkRequestValues.Resolution),
            WebhookUrl = InkRequestValues.WebhookUrl,
        }, new SeedanceCallScope(RequestSafety.Create, deadlineManaged: false).Apply);
        var generation = await generations[created!.RequestId!].GetAsync(new SeedanceCallScope(RequestSafety.Idempotent, deadlineManaged: false).Apply);
        return new RoundTripResult(created.RequestId!, generation!.Status!.Value.Value, generation.Output?.Url);
    }

    private T Own<T>(T disposable) where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
