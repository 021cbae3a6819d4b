using BenchmarkDotNet.Attributes;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Seedance.Benchmarks.RoundTrip;
using Seedance.Contracts;
using Seedance.Contracts.Http;
using Seedance.Contracts.Providers.Seedance2Ink;
using OurClient = Seedance.Generated.Seedance2Ink.Seedance2InkClient;
using OurModels = Seedance.Generated.Seedance2Ink.Models;

namespace Seedance.Benchmarks;

/// <summary>
/// Where the job API's round trip spends what it adds to the floor: the same create + status round trip
/// as <see cref="RoundTripBenchmarks"/>, through our generated client with one layer of the SDK added per
/// row, so each row's difference from the one before is that layer's cost. Baseline: the generated client
/// on a plain <see cref="HttpClient"/> (no middleware at all), i.e. Kiota's request building and JSON
/// (de)serialization alone.
/// </summary>
/// <remarks>
/// Rows, each adding to the previous one: Kiota's default handlers (the bare generated client of
/// <see cref="RoundTripBenchmarks"/>); the SDK's handler chain instead (error capture, the Polly resilience
/// handler with its per-attempt request copy, Kiota's defaults minus retry, send stamping, log line, single-send
/// guard), given the per-call options directly; <c>SeedanceCall</c> around each call (deadline token source,
/// typed errors); the job API with no call timeout; the job API as shipped (adds the 100 s deadline).
/// The job API rows also include validation, mapping, the spec check and status mapping.
/// </remarks>
[MemoryDiagnoser]
public class RoundTripLayerBenchmarks
{
    private LoopbackServer _server = null!;
    private readonly List<IDisposable> _owned = [];
    private OurClient _plain = null!;
    private OurClient _kiotaDefaults = null!;
    private SeedancePipeline _pipeline = null!;
    private OurClient _sdkHandlers = null!;
    private IVideoJobClient _jobsNoTimeout = null!;
    private IVideoJobClient _jobs = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await InkBodies.StartServerAsync();
        var baseUrl = _server.BaseUrl.AbsoluteUri.TrimEnd('/');
        var auth = new StaticBearerAuthenticationProvider(InkRequestValues.ApiKey);

        var plainHttp = Own(new HttpClient());
        _plain = new OurClient(Own(new HttpClientRequestAdapter(auth, httpClient: plainHttp) { BaseUrl = baseUrl }));
        _kiotaDefaults = new OurClient(Own(new HttpClientRequestAdapter(auth) { BaseUrl = baseUrl }));

        _pipeline = Own(SeedancePipeline.Create(new SeedanceClientOptions { ApiKey = new SeedanceApiKey(InkRequestValues.ApiKey), BaseUrl = _server.BaseUrl }, "seedance2-ink"));
        _sdkHandlers = new OurClient(_pipeline.RequestAdapter);

        _jobsNoTimeout = Own(new Seedance2InkJobClient(new SeedanceApiKey(InkRequestValues.ApiKey),
            new Seedance2InkOptions { Http = new SeedanceClientOptions { BaseUrl = _server.BaseUrl, CallTimeout = null } }));
        _jobs = Own(new Seedance2InkJobClient(new SeedanceApiKey(InkRequestValues.ApiKey),
            new Seedance2InkOptions { Http = new SeedanceClientOptions { BaseUrl = _server.BaseUrl } }));

        await RoundTripSanity.CheckAsync(_server, new (string, Func<Task<RoundTripResult>>)[]
        {
            ("PlainHttpClient", GeneratedPlainHttpClient),
            ("KiotaDefaultHandlers", GeneratedKiotaDefaultHandlers),
            ("SdkHandlers", GeneratedSdkHandlers),
            ("SeedanceCall", GeneratedSeedanceCall),
            ("JobApiNoTimeout", JobApiNoCallTimeout),
            ("JobApi", JobApi),
        }, InkBodies.Expected());
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        foreach (var owned in _owned) owned.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "generated, plain HttpClient")]
    public Task<RoundTripResult> GeneratedPlainHttpClient() => Generated(_plain, null);

    [Benchmark(Description = "+ Kiota default handlers (= bare)")]
    public Task<RoundTripResult> GeneratedKiotaDefaultHandlers() => Generated(_kiotaDefaults, null);

    [Benchmark(Description = "SDK handler chain instead")]
    public Task<RoundTripResult> GeneratedSdkHandlers() =>
        // The per-call options SeedanceCall would attach (capture, safety, no deadline), without SeedanceCall.
        Generated(_sdkHandlers, safety => new SeedanceCallScope(safety, deadlineManaged: false));

    [Benchmark(Description = "+ SeedanceCall (deadline, typed errors)")]
    public async Task<RoundTripResult> GeneratedSeedanceCall()
    {
        var generations = _sdkHandlers.Api.Open.V1.Video.Generations;
        var created = await _pipeline.Call.InvokeAsync(RequestSafety.Create, (scope, ct) => generations.PostAsync(NewBody(), scope.Apply, ct));
        var generation = await _pipeline.Call.InvokeAsync(RequestSafety.Idempotent, (scope, ct) => generations[created!.RequestId!].GetAsync(scope.Apply, ct));
        return new RoundTripResult(created!.RequestId!, generation!.Status!.Value.Value, generation.Output?.Url);
    }

    [Benchmark(Description = "job API, CallTimeout = null")]
    public Task<RoundTripResult> JobApiNoCallTimeout() => Job(_jobsNoTimeout);

    [Benchmark(Description = "job API as shipped")]
    public Task<RoundTripResult> JobApi() => Job(_jobs);

    private static async Task<RoundTripResult> Generated(OurClient client, Func<RequestSafety, SeedanceCallScope>? scopeFor)
    {
        var generations = client.Api.Open.V1.Video.Generations;
        var createScope = scopeFor?.Invoke(RequestSafety.Create);
        var created = await generations.PostAsync(NewBody(), createScope is null ? null : createScope.Apply);
        var statusScope = scopeFor?.Invoke(RequestSafety.Idempotent);
        var generation = await generations[created!.RequestId!].GetAsync(statusScope is null ? null : statusScope.Apply);
        return new RoundTripResult(created.RequestId!, generation!.Status!.Value.Value, generation.Output?.Url);
    }

    private static async Task<RoundTripResult> Job(IVideoJobClient jobs)
    {
        var job = await jobs.SubmitAsync(new VideoRequest
        {
            Model = InkRequestValues.Model,
            Prompt = InkRequestValues.Prompt,
            AspectRatio = InkRequestValues.AspectRatio,
            Duration = InkRequestValues.Duration,
            Resolution = InkRequestValues.Resolution,
            CallbackUrl = new Uri(InkRequestValues.WebhookUrl),
        });
        var status = await jobs.GetStatusAsync(job.Id);
        return new RoundTripResult(job.Id, status.RawStatus!, status.VideoUrl?.AbsoluteUri);
    }

    private static OurModels.CreateGenerationRequest NewBody() => new()
    {
        Model = new OurModels.GenerationModel(InkRequestValues.Model),
        Prompt = InkRequestValues.Prompt,
        AspectRatio = new OurModels.AspectRatio(InkRequestValues.AspectRatio),
        Duration = InkRequestValues.Duration,
        Resolution = new OurModels.Resolution(InkRequestValues.Resolution),
        WebhookUrl = InkRequestValues.WebhookUrl,
    };

    private T Own<T>(T disposable) where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
