using Seedance.Contracts.Http;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Validation;
using Seedance.Generated.Seedance2Ink;

namespace Seedance.Contracts.Providers.Seedance2Ink;

/// <summary>Seedance2.ink's calls: create, read by <c>requestId</c>, cancel.</summary>
internal sealed class Seedance2InkAdapter(SeedancePipeline pipeline) : JobAdapter
{
    private readonly Seedance2InkClient _client = new(pipeline.RequestAdapter);

    public override string IdName => "a requestId";

    // Cancelling twice is harmless (a finished job answers with an error), so the call is retried like a read.
    public override RequestSafety CancelSafety => RequestSafety.Idempotent;

    public override Task<CreateCall> MapAsync(ValidatedRequest request, CancellationToken cancellationToken)
    {
        var body = Seedance2InkMapper.ToCreateRequest(request.Request);
        return Task.FromResult(new CreateCall(v => body.CollectViolations(v), async (scope, ct) =>
        {
            var created = await _client.Api.Open.V1.Video.Generations.PostAsync(body, scope.Apply, ct).ConfigureAwait(false);
            return created is null ? null : new JobReply(created.RequestId, (id, _) => Seedance2InkMapper.FromCreate(id, created));
        }));
    }

    /// <summary>Listing the models is free and needs the key: the health probe's read.</summary>
    public override async Task<bool> TryFreeReadAsync(SeedanceCall call, CancellationToken cancellationToken)
    {
        await call.InvokeAsync((scope, ct) => _client.Api.Open.V1.Models.GetAsync(scope.Apply, ct), cancellationToken).ConfigureAwait(false);
        return true;
    }

    public override async Task<JobReply?> GetStatusAsync(string jobId, SeedanceCallScope scope, CancellationToken cancellationToken)
    {
        var generation = await _client.Api.Open.V1.Video.Generations[jobId].GetAsync(scope.Apply, cancellationToken).ConfigureAwait(false);
        return generation is null ? null : new JobReply(generation.RequestId, (id, retryAfter) => Seedance2InkMapper.FromGeneration(id, generation, retryAfter));
    }

    public override async Task<JobReply?> CancelAsync(string jobId, SeedanceCallScope scope, CancellationToken cancellationToken)
    {
        var cancelled = await _client.Api.Open.V1.Video.Generations[jobId].Cancel.PostAsync(scope.Apply, cancellationToken).ConfigureAwait(false);
        return cancelled is null ? null : new JobReply(cancelled.RequestId, (id, _) => Seedance2InkMapper.FromCancel(id, cancelled));
    }
}
