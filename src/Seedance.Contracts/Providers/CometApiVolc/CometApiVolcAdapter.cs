using Seedance.Contracts.Errors;
using Seedance.Contracts.Http;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Quirks;
using Seedance.Contracts.Validation;
using Seedance.Generated.CometApiVolc;

namespace Seedance.Contracts.Providers.CometApiVolc;

/// <summary>
/// CometAPI's Volc route: an Ark <c>content[]</c> create and Ark's task object on read. A create that
/// hits the route's JSON parse fault (<see cref="VolcJsonParseErrorQuirk"/>) is explained, or resent
/// through <c>/v1/videos</c> when the fallback client is set.
/// </summary>
internal sealed class CometApiVolcAdapter(SeedancePipeline pipeline, IVideoJobClient? fallback) : JobAdapter
{
    private readonly CometApiVolcClient _client = new(pipeline.RequestAdapter);

    public override string IdName => "a task id";

    public override async Task<CreateCall> MapAsync(ValidatedRequest request, CancellationToken cancellationToken)
    {
        var body = await CometApiVolcMapper.ToCreateRequestAsync(request, cancellationToken).ConfigureAwait(false);
        return new CreateCall(v => body.CollectViolations(v), async (scope, ct) =>
        {
            var created = await _client.Volc.V3.Contents.Generations.Tasks.PostAsync(body, scope.Apply, ct).ConfigureAwait(false);
            // The create reply is only {"id"}; a new Ark task starts queued.
            return created is null ? null : new JobReply(created.Id, (id, _) => new VideoJobStatus(id, pipeline.ProviderId, VideoJobState.Queued, RawStatus: null));
        });
    }

    public override async Task<JobReply?> GetStatusAsync(string jobId, SeedanceCallScope scope, CancellationToken cancellationToken)
    {
        var task = await _client.Volc.V3.Contents.Generations.Tasks[jobId].GetAsync(scope.Apply, cancellationToken).ConfigureAwait(false);
        return task is null ? null : new JobReply(task.Id, (id, retryAfter) => CometApiVolcMapper.ToStatus(id, task, retryAfter));
    }

    public override bool Recovers(SeedanceException failure) => VolcJsonParseErrorQuirk.Matches(failure);

    public override Task<VideoJob> RecoverAsync(SeedanceException failure, ValidatedRequest request, CancellationToken cancellationToken) =>
        fallback is null
            ? Task.FromException<VideoJob>(VolcJsonParseErrorQuirk.Explain(failure))
            : VolcJsonParseErrorQuirk.FallbackAsync(fallback, request, failure, cancellationToken);

    public override void Dispose() => (fallback as IDisposable)?.Dispose();
}
