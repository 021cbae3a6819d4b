using Ace = Seedance.Generated.AceDataSeedance.Models;
using Ink = Seedance.Generated.Seedance2Ink.Models;
using Videos = Seedance.Generated.CometApiVideos.Models;
using Volc = Seedance.Generated.CometApiVolc.Models;

namespace Seedance.Conformance.Drivers;

/// <summary>
/// Reads the <see cref="KeyFields"/> of a result through the typed properties of the generated model.
/// This stays hand-written on purpose: it is the oracle of the check, saying which typed property must
/// hold each wire value (reading the value back from the JSON would pass even when the model lost the
/// field into its AdditionalData). A result type not listed here reads every path as
/// <see cref="NotProjected"/>, which fails the check until a reader is added.
/// </summary>
internal static class KeyValueReaders
{
    /// <summary>The typed value at a key path of <paramref name="result"/> (chosen by its type), or <see cref="NotProjected.Value"/>.</summary>
    public static object? Read(object result, string path) => result switch
    {
        Videos.Video v => CometApiVideos(v, path),
        Volc.CreateTaskResponse r => path switch
        {
            "id" => r.Id,
            _ => NotProjected.Value,
        },
        Volc.ArkTask t => ArkTask(t, path),
        Ace.VideoResult r => AceDataResult(r, path),
        Ace.TaskQueryResult r => AceDataQuery(r, path),
        Ink.CreateGenerationResponse r => path switch
        {
            "success" => r.Success,
            "requestId" => r.RequestId,
            "status" => r.Status?.Value,
            "creditsCharged" => r.CreditsCharged,
            _ => NotProjected.Value,
        },
        Ink.Generation g => path switch
        {
            "requestId" => g.RequestId,
            "status" => g.Status?.Value,
            "model" => g.Model,
            "output.url" => g.Output?.Url,
            "error.code" => g.Error?.Code,
            "error.message" => g.Error?.Message,
            _ => NotProjected.Value,
        },
        Ink.CancelGenerationResponse r => path switch
        {
            "success" => r.Success,
            "requestId" => r.RequestId,
            "status" => r.Status?.Value,
            _ => NotProjected.Value,
        },
        Ink.ModelList m => path switch
        {
            "success" => m.Success,
            "data.id" => KiotaJson.UntypedProperty(m.Data?.FirstOrDefault(), "id"),
            _ => NotProjected.Value,
        },
        _ => NotProjected.Value,
    };

    private static object? CometApiVideos(Videos.Video v, string path) => path switch
    {
        "id" => v.Id,
        "status" => v.Status?.Value,
        "progress" => v.Progress,
        "model" => v.Model,
        "video_url" => v.VideoUrl,
        "completed_at" => v.CompletedAt,
        "error.code" => v.Error?.Code,
        "error.message" => v.Error?.Message,
        _ => NotProjected.Value,
    };

    private static object? ArkTask(Volc.ArkTask t, string path) => path switch
    {
        "id" => t.Id,
        "status" => t.Status?.Value,
        "content.video_url" => t.Content?.VideoUrl,
        "error.code" => t.Error?.Code,
        "error.message" => t.Error?.Message,
        "duration" => t.Duration,
        "service_tier" => t.ServiceTier,
        _ => NotProjected.Value,
    };

    // AceData's videos reply: data is an object or an array of one.
    private static object? AceDataResult(Ace.VideoResult r, string path)
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

    // retrieve (one record) and retrieve_batch (a count); a record's response is a videos reply.
    private static object? AceDataQuery(Ace.TaskQueryResult result, string path)
    {
        var record = result.TaskRecord;
        return path switch
        {
            "id" => record?.Id,
            "type" => record?.Type,
            "elapsed" => record?.Elapsed,
            "count" => result.TaskBatch?.Count,
            _ when path.StartsWith("response.", StringComparison.Ordinal) => record?.Response is { } response
                ? AceDataResult(response, path["response.".Length..])
                : null,
            _ => NotProjected.Value,
        };
    }
}
