namespace Seedance.Conformance.Drivers;

/// <summary>
/// The key values each operation's success scenarios check, as wire paths. The recordings generator
/// copies their values out of the spec example into <c>expect.values</c>; the operation's driver
/// reads the same paths from the typed result (an array on the way means its first element).
/// </summary>
internal static class KeyFields
{
    private static readonly Dictionary<(string, string), string[]> Table = new()
    {
        [("cometapi-videos", "createVideo")] = ["id", "status", "progress", "model"],
        [("cometapi-videos", "getVideo")] = ["id", "status", "progress", "video_url", "error.code", "error.message", "completed_at"],
        [("cometapi-volc", "createTask")] = ["id"],
        [("cometapi-volc", "getTask")] = ["id", "status", "content.video_url", "error.code", "error.message", "duration", "service_tier"],
        [("acedata-seedance", "createVideo")] = ["success", "task_id", "trace_id", "data.status", "data.video_url", "data.content.video_url", "data.task_id", "data.id", "data.usage.total_tokens"],
        [("acedata-seedance", "queryTasks")] = ["id", "type", "count", "elapsed", "response.task_id", "response.data.status", "response.data.video_url", "response.error.code"],
        [("seedance2-ink", "createGeneration")] = ["success", "requestId", "status", "creditsCharged"],
        [("seedance2-ink", "getGeneration")] = ["requestId", "status", "model", "output.url", "error.code", "error.message"],
        [("seedance2-ink", "cancelGeneration")] = ["success", "requestId", "status"],
        [("seedance2-ink", "listModels")] = ["success", "data.id"],
    };

    /// <summary>The key paths of an operation (empty when it has no driver yet).</summary>
    public static IReadOnlyList<string> For(string provider, string operationId) =>
        Table.TryGetValue((provider, operationId), out var fields) ? fields : [];
}
