using Seedance.Contracts.Catalog;
using Seedance.Contracts.Http;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Quirks;
using Seedance.Contracts.Requests;
using Seedance.Contracts.Validation;
using Seedance.Generated.CometApiVideos;

namespace Seedance.Contracts.Providers.CometApiVideos;

/// <summary>
/// The job API on CometAPI's OpenAI-style route: <c>POST /v1/videos</c> (multipart form, the first
/// frame as an uploaded file) and <c>GET /v1/videos/{id}</c>, which reports a 0-100 progress.
/// CometAPI documents no cancel call.
/// </summary>
public class CometApiVideosJobClient : VideoJobClient
{
    /// <summary>CometAPI recommends polling every 10 to 20 s (query page); the SDK takes the lower bound.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);

    private readonly CometApiVideosClient? _client;

    /// <summary>Creates a client for CometAPI's <c>/v1/videos</c> route.</summary>
    /// <param name="apiKey">The CometAPI key.</param>
    /// <param name="options">Pipeline and download settings; null uses the defaults.</param>
    public CometApiVideosJobClient(SeedanceApiKey apiKey, CometApiVideosOptions? options = null)
        : this(apiKey, (VideoJobClientOptions?)options ?? new CometApiVideosOptions())
    {
    }

    /// <summary>Used by the Volc client's fallback, which shares the Volc options.</summary>
    internal CometApiVideosJobClient(SeedanceApiKey apiKey, VideoJobClientOptions options)
        : base(ProviderId.CometApiVideos, apiKey, options)
    {
        _client = new CometApiVideosClient(Pipeline.RequestAdapter);
    }

    /// <summary>For mocking.</summary>
    protected CometApiVideosJobClient()
    {
    }

    /// <inheritdoc />
    public override string Provider => ProviderId.CometApiVideos;

    /// <inheritdoc />
    public override TimeSpan DefaultPollInterval => PollInterval;

    private CometApiVideosClient Client => _client ?? throw new InvalidOperationException("This client was created for mocking.");

    /// <inheritdoc />
    public override async Task<VideoJob> SubmitAsync(VideoRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        VideoRequestValidator.EnsureValid(Provider, request);
        var body = CometApiVideosMapper.ToCreateBody(request);
        EnsureSpecValid(v => body.CollectViolations(v));

        var video = await Pipeline.Call.InvokeAsync(RequestSafety.Create,
            (scope, ct) => Client.V1.Videos.PostAsync(body, scope.Apply, ct), cancellationToken).ConfigureAwait(false);
        var id = video is null ? null : CometTaskIdAlias.Resolve(video.Id, video.TaskId);
        if (id is null) throw Unusable("a reply without an id or task_id");
        return new VideoJob(this, id, CometApiVideosMapper.ToStatus(id, video!, retryAfter: null));
    }

    /// <inheritdoc />
    /// <exception cref="Errors.SeedanceNotFoundException">The id is unknown (CometAPI answers 400 <c>task_not_exist</c>).</exception>
    public override async Task<VideoJobStatus> GetStatusAsync(string jobId, CancellationToken cancellationToken = default)
    {
        JobIdRule.Check(jobId, Provider);
        var (video, retryAfter) = await Pipeline.Call.InvokeAsync(async (scope, ct) =>
        {
            var v = await Client.V1.Videos[jobId].GetAsync(scope.Apply, ct).ConfigureAwait(false);
            return (v, scope.Capture.RetryAfter);
        }, cancellationToken).ConfigureAwait(false);
        return video is null ? throw Unusable("an empty body to a status query") : CometApiVideosMapper.ToStatus(jobId, video, retryAfter);
    }
}
