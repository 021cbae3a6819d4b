using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Http;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Quirks;
using Seedance.Contracts.Validation;
using Seedance.Generated.AceDataSeedance;
using Seedance.Generated.AceDataSeedance.Models;

namespace Seedance.Contracts.Providers.AceDataSeedance;

/// <summary>
/// AceData's calls: <c>POST /seedance/videos</c> (blocking or not) and <c>POST /seedance/tasks</c>
/// with <c>{"action": "retrieve"}</c> to read. Replies come in several shapes (<see cref="AceDataResultShape"/>).
/// </summary>
internal sealed class AceDataSeedanceAdapter(SeedancePipeline pipeline, bool blocking) : JobAdapter
{
    private const string Provider = ProviderId.AceDataSeedance;

    private readonly AceDataSeedanceClient _client = new(pipeline.RequestAdapter);

    public override string IdName => "a task_id";

    public override async Task<CreateCall> MapAsync(ValidatedRequest request, CancellationToken cancellationToken)
    {
        var body = await AceDataSeedanceMapper.ToCreateRequestAsync(request, blocking, cancellationToken).ConfigureAwait(false);
        return new CreateCall(v => body.CollectViolations(v), async (scope, ct) =>
        {
            var result = await _client.Seedance.Videos.PostAsync(body, scope.Apply, ct).ConfigureAwait(false);
            // In blocking mode the reply usually holds the finished task, so the job starts complete.
            return result is null ? null : new JobReply(result.TaskId, (id, _) => AceDataResultShape.ToStatus(id, result));
        });
    }

    public override async Task<JobReply?> GetStatusAsync(string jobId, SeedanceCallScope scope, CancellationToken cancellationToken)
    {
        var query = new TaskQuery { Id = jobId, Action = TaskQueryAction.Retrieve };
        var result = await _client.Seedance.Tasks.PostAsync(query, scope.Apply, cancellationToken).ConfigureAwait(false);
        // An unknown id is answered with an empty result rather than an error: a reply either way.
        return new JobReply(jobId, (id, retryAfter) => ToStatus(id, result, retryAfter));
    }

    private static VideoJobStatus ToStatus(string jobId, TaskQueryResult? result, TimeSpan? retryAfter)
    {
        if (result is null || AceDataResultShape.IsEmpty(result))
        {
            throw new SeedanceNotFoundException(
                $"{Provider} has no task {jobId} (POST /seedance/tasks answered with an empty result). Task records are kept for a limited time; check the id.",
                new SeedanceErrorContext(Provider: Provider));
        }

        return result.TaskRecord is { } record
            ? AceDataResultShape.FromRecord(jobId, record, retryAfter)
            : result.TaskBatch?.Items?.FirstOrDefault(r => r?.Id == jobId) is { } match
                ? AceDataResultShape.FromRecord(jobId, match, retryAfter)
                : throw new SeedanceResponseFormatException(
                    $"{Provider} answered with a task query reply of an unexpected shape; the SDK cannot track the job.",
                    new SeedanceErrorContext(Provider: Provider));
    }
}
