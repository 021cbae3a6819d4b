using Seedance.Contracts.Catalog;
using Seedance.Contracts.Http;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Requests;
using Seedance.Contracts.Validation;
using Seedance.Generated.Seedance2Ink;
using Seedance.Generated.Seedance2Ink.Models;

namespace Seedance.Contracts.Providers.Seedance2Ink;

/// <summary>
/// The job API on Seedance2.ink's Open API: submit (<c>POST /api/open/v1/video/generations</c>, charged at
/// acceptance), poll by <c>requestId</c>, cancel a queued or processing job. Images travel as public
/// HTTPS URLs in <c>mediaUrls</c>.
/// </summary>
public class Seedance2InkJobClient : VideoJobClient
{
    /// <summary>
    /// Seedance2.ink documents no polling cadence. Jobs take one to three minutes, so 5 s keeps the
    /// added latency small at about 12 to 36 polls per job; the server's Retry-After wins when sent.
    /// </summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    private readonly Seedance2InkClient? _client;

    /// <summary>Creates a client for Seedance2.ink.</summary>
    /// <param name="apiKey">The Open API key (<c>sd2_live_...</c>).</param>
    /// <param name="options">Pipeline and download settings; null uses the defaults.</param>
    public Seedance2InkJobClient(SeedanceApiKey apiKey, Seedance2InkOptions? options = null)
        : base(ProviderId.Seedance2Ink, apiKey, options ?? new Seedance2InkOptions())
    {
        _client = new Seedance2InkClient(Pipeline.RequestAdapter);
    }

    /// <summary>For mocking.</summary>
    protected Seedance2InkJobClient()
    {
    }

    /// <inheritdoc />
    public override string Provider => ProviderId.Seedance2Ink;

    /// <inheritdoc />
    public override TimeSpan DefaultPollInterval => PollInterval;

    private Seedance2InkClient Client => _client ?? throw new InvalidOperationException("This client was created for mocking.");

    /// <inheritdoc />
    public override async Task<VideoJob> SubmitAsync(VideoRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        VideoRequestValidator.EnsureValid(Provider, request);
        var body = Seedance2InkMapper.ToCreateRequest(request);
        EnsureSpecValid(v => body.CollectViolations(v));

        var response = await Pipeline.Call.InvokeAsync(RequestSafety.Create,
            (scope, ct) => Client.Api.Open.V1.Video.Generations.PostAsync(body, scope.Apply, ct), cancellationToken).ConfigureAwait(false);
        var id = response?.RequestId;
        if (string.IsNullOrWhiteSpace(id)) throw Unusable("a reply without a requestId");
        return new VideoJob(this, id, Seedance2InkMapper.FromCreate(id, response!));
    }

    /// <inheritdoc />
    public override async Task<VideoJobStatus> GetStatusAsync(string jobId, CancellationToken cancellationToken = default)
    {
        JobIdRule.Check(jobId, Provider);
        var (generation, retryAfter) = await Pipeline.Call.InvokeAsync(async (scope, ct) =>
        {
            var g = await Client.Api.Open.V1.Video.Generations[jobId].GetAsync(scope.Apply, ct).ConfigureAwait(false);
            return (g, scope.Capture.RetryAfter);
        }, cancellationToken).ConfigureAwait(false);
        return generation is null
            ? throw Unusable("an empty body to a status query")
            : Seedance2InkMapper.FromGeneration(jobId, generation, retryAfter);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Only queued or processing jobs can be cancelled; a finished job answers with an error
    /// (<see cref="Errors.SeedanceInvalidRequestException"/>). Cancelling twice is harmless, so the call is
    /// retried like a read.
    /// </remarks>
    public override async Task<VideoJobStatus> CancelAsync(string jobId, CancellationToken cancellationToken = default)
    {
        JobIdRule.Check(jobId, Provider);
        var response = await Pipeline.Call.InvokeAsync(RequestSafety.Idempotent,
            (scope, ct) => Client.Api.Open.V1.Video.Generations[jobId].Cancel.PostAsync(scope.Apply, ct), cancellationToken).ConfigureAwait(false);
        return response is null
            ? throw Unusable("an empty body to a cancel call")
            : Seedance2InkMapper.FromCancel(jobId, response);
    }
}
