using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Http;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Providers.CometApiVideos;
using Seedance.Contracts.Quirks;
using Seedance.Contracts.Requests;
using Seedance.Contracts.Validation;
using Seedance.Generated.CometApiVolc;

namespace Seedance.Contracts.Providers.CometApiVolc;

/// <summary>
/// The job API on CometAPI's Volcengine-compatible route: <c>POST /volc/v3/contents/generations/tasks</c>
/// with an Ark <c>content[]</c> (settings as text commands) and <c>GET .../tasks/{id}</c> returning Ark's
/// task object. Handles the route's known JSON parse fault (<see cref="VolcJsonParseErrorQuirk"/>).
/// CometAPI documents no cancel call for this route.
/// </summary>
public class CometApiVolcJobClient : VideoJobClient
{
    /// <summary>
    /// Undocumented for this route. It runs on the same CometAPI gateway whose Seedance query route
    /// recommends 10 to 20 s, so the SDK uses 10 s here too.
    /// </summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);

    private readonly CometApiVolcClient? _client;
    private readonly CometApiVideosJobClient? _fallback;

    /// <summary>Creates a client for CometAPI's Volc route.</summary>
    /// <param name="apiKey">The CometAPI key.</param>
    /// <param name="options">Pipeline, download and quirk settings; null uses the defaults (no fallback).</param>
    public CometApiVolcJobClient(SeedanceApiKey apiKey, CometApiVolcOptions? options = null)
        : base(ProviderId.CometApiVolc, apiKey, options ??= new CometApiVolcOptions())
    {
        _client = new CometApiVolcClient(Pipeline.RequestAdapter);
        if (options.FallbackToVideosRoute) _fallback = new CometApiVideosJobClient(apiKey, (VideoJobClientOptions)options);
    }

    /// <summary>For mocking.</summary>
    protected CometApiVolcJobClient()
    {
    }

    /// <inheritdoc />
    public override string Provider => ProviderId.CometApiVolc;

    /// <inheritdoc />
    public override TimeSpan DefaultPollInterval => PollInterval;

    private CometApiVolcClient Client => _client ?? throw new InvalidOperationException("This client was created for mocking.");

    /// <inheritdoc />
    /// <exception cref="CometApiVolcJsonParseException">The route hit its known JSON parse fault and the fallback is off (or cannot carry this request).</exception>
    public override async Task<VideoJob> SubmitAsync(VideoRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        VideoRequestValidator.EnsureValid(Provider, request);
        var body = await CometApiVolcMapper.ToCreateRequestAsync(request, cancellationToken).ConfigureAwait(false);
        EnsureSpecValid(v => body.CollectViolations(v));

        Generated.CometApiVolc.Models.CreateTaskResponse? created;
        try
        {
            created = await Pipeline.Call.InvokeAsync(RequestSafety.Create,
                (scope, ct) => Client.Volc.V3.Contents.Generations.Tasks.PostAsync(body, scope.Apply, ct), cancellationToken).ConfigureAwait(false);
        }
        catch (SeedanceException failure) when (VolcJsonParseErrorQuirk.Matches(failure))
        {
            if (_fallback is null) throw VolcJsonParseErrorQuirk.Explain(failure);
            return await VolcJsonParseErrorQuirk.FallbackAsync(_fallback, request, failure, cancellationToken).ConfigureAwait(false);
        }

        var id = created?.Id;
        if (string.IsNullOrWhiteSpace(id)) throw Unusable("a reply without a task id");
        // The create reply is only {"id"}; a new Ark task starts queued.
        return new VideoJob(this, id, new VideoJobStatus(id, Provider, VideoJobState.Queued, RawStatus: null));
    }

    /// <inheritdoc />
    /// <exception cref="SeedanceNotFoundException">The id is unknown (CometAPI's task layer answers 400 <c>task_not_exist</c>).</exception>
    public override async Task<VideoJobStatus> GetStatusAsync(string jobId, CancellationToken cancellationToken = default)
    {
        JobIdRule.Check(jobId, Provider);
        var (task, retryAfter) = await Pipeline.Call.InvokeAsync(async (scope, ct) =>
        {
            var t = await Client.Volc.V3.Contents.Generations.Tasks[jobId].GetAsync(scope.Apply, ct).ConfigureAwait(false);
            return (t, scope.Capture.RetryAfter);
        }, cancellationToken).ConfigureAwait(false);
        return task is null ? throw Unusable("an empty body to a status query") : CometApiVolcMapper.ToStatus(jobId, task, retryAfter);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) _fallback?.Dispose();
        base.Dispose(disposing);
    }
}
