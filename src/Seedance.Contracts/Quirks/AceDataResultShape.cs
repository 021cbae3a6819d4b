using Seedance.Contracts.Catalog;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Providers;
using Seedance.Generated.AceDataSeedance.Models;

namespace Seedance.Contracts.Quirks;

/// <summary>
/// Quirk <c>acedata-result-shape</c>: AceData's published documents disagree on the reply of
/// <c>POST /seedance/videos</c> (and so on the <c>response</c> of a task record). <c>data</c> is one Ark task
/// object (<c>id</c>, <c>content.video_url</c>), an array holding one (older reference), or AceData's flat
/// record (<c>task_id</c>, <c>status</c>, <c>video_url</c> on AceData's CDN); a failure carries
/// <c>{"success": false, "error": {...}}</c> instead of <c>data</c>; and the call either blocks until the
/// video is ready (the reply holds the finished task) or, with <c>async</c> or a callback, answers only
/// <c>{"task_id"}</c>. This class reads all of them into one <see cref="VideoJobStatus"/>: a blocking reply with
/// a terminal status gives an already complete job, an async reply a queued one. The job id is always
/// AceData's top-level <c>task_id</c> (the id <c>/seedance/tasks</c> takes), not the upstream id inside <c>data</c>.
/// See docs/quirks.md.
/// </summary>
internal static class AceDataResultShape
{
    /// <summary>The stable quirk id.</summary>
    public const string QuirkId = "acedata-result-shape";

    private const string Provider = ProviderId.AceDataSeedance;

    /// <summary>The task inside <c>data</c>, whichever shape it came in; null when there is none.</summary>
    /// <param name="data">The reply's <c>data</c>.</param>
    public static VideoTask? PickTask(VideoResultData? data) => data?.VideoTask ?? data?.VideoTaskList?.FirstOrDefault(t => t is not null);

    /// <summary>The status a videos reply (or a task record's <c>response</c>) describes.</summary>
    /// <param name="jobId">AceData's task id.</param>
    /// <param name="result">The reply.</param>
    /// <param name="retryAfter">The Retry-After of the response that carried it, if any.</param>
    public static VideoJobStatus ToStatus(string jobId, VideoResult result, TimeSpan? retryAfter = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var task = PickTask(result.Data);
        var raw = task?.Status;
        VideoJobState state;
        if (result.Error is not null || result.Success == false)
        {
            // The failure form has no status word; success=false with an error is terminal (AceData's own MCP tests).
            state = raw is null ? VideoJobState.Failed : StatusVocabulary.Normalize(Provider, raw);
            if (state is not (VideoJobState.Failed or VideoJobState.Cancelled or VideoJobState.Expired)) state = VideoJobState.Failed;
        }
        else if (task is null)
        {
            // The async reply {"task_id"}: accepted, nothing rendered yet.
            state = result.Data?.Unknown is null ? VideoJobState.Queued : VideoJobState.Unknown;
        }
        else
        {
            state = StatusVocabulary.Normalize(Provider, raw);
        }

        return new VideoJobStatus(
            jobId,
            Provider,
            state,
            raw,
            Progress: null,
            VideoUrl: ProviderMapping.Url(task?.VideoUrl ?? task?.Content?.VideoUrl),
            Error: ProviderMapping.Error(result.Error?.Code, result.Error?.Message))
        {
            LastFrameUrl = ProviderMapping.Url(task?.LastFrameUrl ?? task?.Content?.LastFrameUrl),
            RetryAfter = retryAfter,
            Usage = task?.Usage is { } usage ? new VideoJobUsage(usage.CompletionTokens, usage.TotalTokens) : null,
        };
    }

    /// <summary>
    /// The status a task record describes: its <c>response</c> once there is one; before that the task is
    /// queued, or running once <c>started_at</c> is set.
    /// </summary>
    /// <param name="jobId">AceData's task id.</param>
    /// <param name="record">The record from <c>POST /seedance/tasks</c>.</param>
    /// <param name="retryAfter">The Retry-After of the response, if any.</param>
    public static VideoJobStatus FromRecord(string jobId, TaskRecord record, TimeSpan? retryAfter = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Response is { } response
            ? ToStatus(jobId, response, retryAfter)
            : new VideoJobStatus(jobId, Provider, record.StartedAt is null ? VideoJobState.Queued : VideoJobState.Running, RawStatus: null)
            {
                RetryAfter = retryAfter,
            };
    }

    /// <summary>
    /// True for the empty reply <c>{}</c> (or a batch with no items), which <c>POST /seedance/tasks</c> sends
    /// for an id it does not know. A record with none of its fields is treated as empty too, in case a body
    /// with unexpected keys is read as a record.
    /// </summary>
    /// <param name="result">The parsed reply.</param>
    public static bool IsEmpty(TaskQueryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.TaskEmpty is not null) return true;
        if (result.TaskBatch is { } batch) return (batch.Items?.Count ?? 0) == 0;
        if (result.TaskRecord is not { } record) return false;
        return record.Id is null && record.Type is null && record.Response is null && record.Request is null
               && record.AdditionalData.Count == 0;
    }
}
