using Seedance.Contracts.Http;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Quirks;
using Seedance.Contracts.Validation;
using Seedance.Generated.CometApiVideos;

namespace Seedance.Contracts.Providers.CometApiVideos;

/// <summary>CometAPI's <c>/v1/videos</c> calls: a multipart create and a GET that reports progress.</summary>
internal sealed class CometApiVideosAdapter(SeedancePipeline pipeline) : JobAdapter
{
    private readonly CometApiVideosClient _client = new(pipeline.RequestAdapter);

    public override string IdName => "an id or task_id";

    public override Task<CreateCall> MapAsync(ValidatedRequest request, CancellationToken cancellationToken)
    {
        var body = CometApiVideosMapper.ToCreateBody(request.Request);
        return Task.FromResult(new CreateCall(v => body.CollectViolations(v), async (scope, ct) =>
        {
            var video = await _client.V1.Videos.PostAsync(body, scope.Apply, ct).ConfigureAwait(false);
            return video is null ? null : new JobReply(CometTaskIdAlias.Resolve(video.Id, video.TaskId), (id, _) => CometApiVideosMapper.ToStatus(id, video, retryAfter: null));
        }));
    }

    public override async Task<JobReply?> GetStatusAsync(string jobId, SeedanceCallScope scope, CancellationToken cancellationToken)
    {
        var video = await _client.V1.Videos[jobId].GetAsync(scope.Apply, cancellationToken).ConfigureAwait(false);
        return video is null ? null : new JobReply(CometTaskIdAlias.Resolve(video.Id, video.TaskId), (id, retryAfter) => CometApiVideosMapper.ToStatus(id, video, retryAfter));
    }
}
