using Seedance.Conformance.Scenarios;
using Seedance.Contracts.Http;
using Seedance.Generated.AceDataSeedance;
using Seedance.Generated.AceDataSeedance.Models;

namespace Seedance.Conformance.Drivers;

/// <summary><c>acedata-seedance/createVideo</c>: blocking or asynchronous (callback_url/async) create.</summary>
internal sealed class AceDataSeedanceCreateVideoDriver : OperationDriver<VideoResult>
{
    /// <inheritdoc />
    public override string Provider => "acedata-seedance";

    /// <inheritdoc />
    public override string OperationId => "createVideo";

    /// <inheritdoc />
    protected override Task<VideoResult?> CallAsync(SeedancePipeline pipeline, ScenarioRequest request, CancellationToken cancellationToken)
    {
        var body = KiotaJson.Parse(request.Body ?? throw new InvalidOperationException("createVideo needs a body"), CreateVideoRequest.CreateFromDiscriminatorValue);
        var client = new AceDataSeedanceClient(pipeline.RequestAdapter);
        return pipeline.Call.InvokeAsync(RequestSafety.Create, (scope, ct) => client.Seedance.Videos.PostAsync(body, scope.Apply, ct), cancellationToken);
    }

    /// <inheritdoc />
    protected override object? Project(VideoResult result, string path) => AceDataProjection.Result(result, path);
}

/// <summary><c>acedata-seedance/queryTasks</c>: retrieve and retrieve_batch (a read sent with POST, so marked idempotent).</summary>
internal sealed class AceDataSeedanceQueryTasksDriver : OperationDriver<TaskQueryResult>
{
    /// <inheritdoc />
    public override string Provider => "acedata-seedance";

    /// <inheritdoc />
    public override string OperationId => "queryTasks";

    /// <inheritdoc />
    protected override Task<TaskQueryResult?> CallAsync(SeedancePipeline pipeline, ScenarioRequest request, CancellationToken cancellationToken)
    {
        var body = KiotaJson.Parse(request.Body ?? throw new InvalidOperationException("queryTasks needs a body"), TaskQuery.CreateFromDiscriminatorValue);
        var client = new AceDataSeedanceClient(pipeline.RequestAdapter);
        return pipeline.Call.InvokeAsync(RequestSafety.Idempotent, (scope, ct) => client.Seedance.Tasks.PostAsync(body, scope.Apply, ct), cancellationToken);
    }

    /// <inheritdoc />
    protected override object? Project(TaskQueryResult result, string path)
    {
        var record = result.TaskRecord;
        return path switch
        {
            "id" => record?.Id,
            "type" => record?.Type,
            "elapsed" => record?.Elapsed,
            "count" => result.TaskBatch?.Count,
            _ when path.StartsWith("response.", StringComparison.Ordinal) => record?.Response is { } response
                ? AceDataProjection.Result(response, path["response.".Length..])
                : null,
            _ => NotProjected.Value,
        };
    }
}

/// <summary>Key values of an AceData videos reply (<c>data</c> is an object or an array of one).</summary>
internal static class AceDataProjection
{
    public static object? Result(VideoResult r, string path)
    {
        var task = r.Data?.VideoTask ?? r.Data?.VideoTaskList?.FirstOrDefault();
        return path switch
        {
            "success" => r.Success,
            "task_id" => r.TaskId,
            "trace_id" => r.TraceId,
            "error.code" => r.Error?.Code,
            "data.status" => task?.Status,
            "data.video_url" => task?.VideoUrl,
            "data.content.video_url" => task?.Content?.VideoUrl,
            "data.task_id" => task?.TaskId,
            "data.id" => task?.Id,
            "data.usage.total_tokens" => task?.Usage?.TotalTokens,
            _ => NotProjected.Value,
        };
    }
}
