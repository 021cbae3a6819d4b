using BenchmarkDotNet.Attributes;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Seedance.Benchmarks.RoundTrip;
using Seedance.Contracts;
using Seedance.Contracts.Providers.Seedance2Ink;
using CliClient = Kiota.Seedance2Ink.Seedance2InkKiotaClient;
using CliModels = Kiota.Seedance2Ink.Models;
using OurClient = Seedance.Generated.Seedance2Ink.Seedance2InkClient;
using OurModels = Seedance.Generated.Seedance2Ink.Models;

namespace Seedance.Benchmarks;

/// <summary>
/// One job's round trip on loopback, Seedance2.ink's JSON routes: create (POST
/// /api/open/v1/video/generations) then one status read (GET .../{requestId}), through four clients.
/// Baseline: a hand-written <see cref="HttpClient"/> + System.Text.Json source-generated client, the
/// floor. Compared with: the job API (<see cref="IVideoJobClient"/>: validation, resilience pipeline,
/// typed errors, status mapping), our generated client bare (its request builders on Kiota's default
/// adapter), and the client the official Kiota CLI generates from the same spec, what a user would
/// otherwise pick.
/// </summary>
/// <remarks>
/// The server (<see cref="LoopbackServer"/>) is Kestrel in this process answering the spec's documented
/// bodies as fixed bytes, so its time and allocations are the same constant in every row: MemoryDiagnoser
/// counts the whole process, so every row's Allocated includes the server's share, and the ratios are
/// therefore closer to 1 than the clients' own ratios. Each client has its own connection pool (keep-alive),
/// warmed by the setup.
/// </remarks>
[MemoryDiagnoser]
public class RoundTripBenchmarks
{
    private LoopbackServer _server = null!;
    private HandWrittenInkClient _handWritten = null!;
    private Seedance2InkJobClient _jobClient = null!;
    private IVideoJobClient _jobs = null!;
    private HttpClientRequestAdapter _ourAdapter = null!;
    private OurClient _ours = null!;
    private HttpClientRequestAdapter _cliAdapter = null!;
    private CliClient _cli = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await InkBodies.StartServerAsync();

        _handWritten = new HandWrittenInkClient(_server.BaseUrl, InkRequestValues.ApiKey);
        _jobClient = new Seedance2InkJobClient(
            new SeedanceApiKey(InkRequestValues.ApiKey),
            new Seedance2InkOptions { Http = new SeedanceClientOptions { BaseUrl = _server.BaseUrl } });
        _jobs = _jobClient;
        // The bare generated clients as their READMEs show them: Kiota's HttpClientRequestAdapter with its
        // default HttpClient (KiotaClientFactory: retry, redirect, user agent and the other default handlers).
        _ourAdapter = new HttpClientRequestAdapter(new StaticBearerAuthenticationProvider(InkRequestValues.ApiKey)) { BaseUrl = _server.BaseUrl.AbsoluteUri.TrimEnd('/') };
        _ours = new OurClient(_ourAdapter);
        _cliAdapter = new HttpClientRequestAdapter(new StaticBearerAuthenticationProvider(InkRequestValues.ApiKey)) { BaseUrl = _server.BaseUrl.AbsoluteUri.TrimEnd('/') };
        _cli = new CliClient(_cliAdapter);

        await RoundTripSanity.CheckAsync(_server, new (string, Func<Task<RoundTripResult>>)[]
        {
            ("HandWritten", HandWrittenStj),
            ("JobApi", JobApi),
            ("GeneratedBare", GeneratedBare),
            ("KiotaCli", KiotaCli),
        }, InkBodies.Expected());
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _handWritten.Dispose();
        _jobClient.Dispose();
        _ourAdapter.Dispose();
        _cliAdapter.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "(c) HttpClient + STJ source-gen (floor)")]
    public async Task<RoundTripResult> HandWrittenStj()
    {
        var created = await _handWritten.CreateAsync(new InkCreateRequest(
            InkRequestValues.Model, InkRequestValues.Prompt, InkRequestValues.AspectRatio, InkRequestValues.Duration,
            InkRequestValues.Resolution, InkRequestValues.WebhookUrl));
        var generation = await _handWritten.GetAsync(created.RequestId!);
        return new RoundTripResult(created.RequestId!, generation.Status!, generation.Output?.Url);
    }

    [Benchmark(Description = "(a) job API: SubmitAsync + GetStatusAsync")]
    public async Task<RoundTripResult> JobApi()
    {
        var job = await _jobs.SubmitAsync(new VideoRequest
        {
            Model = InkRequestValues.Model,
            Prompt = InkRequestValues.Prompt,
            AspectRatio = InkRequestValues.AspectRatio,
            Duration = InkRequestValues.Duration,
            Resolution = InkRequestValues.Resolution,
            CallbackUrl = new Uri(InkRequestValues.WebhookUrl),
        });
        var status = await _jobs.GetStatusAsync(job.Id);
        return new RoundTripResult(job.Id, status.RawStatus!, status.VideoUrl?.AbsoluteUri);
    }

    [Benchmark(Description = "(b) Seedance.Generated, bare")]
    public async Task<RoundTripResult> GeneratedBare()
    {
        var generations = _ours.Api.Open.V1.Video.Generations;
        var created = await generations.PostAsync(new OurModels.CreateGenerationRequest
        {
            Model = new OurModels.GenerationModel(InkRequestValues.Model),
            Prompt = InkRequestValues.Prompt,
            AspectRatio = new OurModels.AspectRatio(InkRequestValues.AspectRatio),
            Duration = InkRequestValues.Duration,
            Resolution = new OurModels.Resolution(InkRequestValues.Resolution),
            WebhookUrl = InkRequestValues.WebhookUrl,
        });
        var generation = await generations[created!.RequestId!].GetAsync();
        return new RoundTripResult(created.RequestId!, generation!.Status!.Value.Value, generation.Output?.Url);
    }

    [Benchmark(Description = "(d) Kiota CLI client")]
    public async Task<RoundTripResult> KiotaCli()
    {
        var generations = _cli.Api.Open.V1.Video.Generations;
        // The CLI types the spec's enums as closed C# enums, so the caller picks members, not strings.
        var created = await generations.PostAsync(new CliModels.CreateGenerationRequest
        {
            Model = CliModels.GenerationModel.Seedance20,
            Prompt = InkRequestValues.Prompt,
            AspectRatio = CliModels.AspectRatio.OneSixNine,
            Duration = InkRequestValues.Duration,
            Resolution = CliModels.Resolution.SevenTwoZerop,
            WebhookUrl = InkRequestValues.WebhookUrl,
        });
        var generation = await generations[created!.RequestId!].GetAsync();
        return new RoundTripResult(created.RequestId!, StatusWord(generation!.Status!.Value), generation.Output?.Url);
    }

    /// <summary>The CLI's enum member back to the spec's word (its EnumMember values are the lower-case names).</summary>
    private static string StatusWord(CliModels.GenerationStatus status) => status switch
    {
        CliModels.GenerationStatus.Queued => "queued",
        CliModels.GenerationStatus.Processing => "processing",
        CliModels.GenerationStatus.Succeeded => "succeeded",
        CliModels.GenerationStatus.Failed => "failed",
        CliModels.GenerationStatus.Cancelled => "cancelled",
        _ => status.ToString(),
    };
}
