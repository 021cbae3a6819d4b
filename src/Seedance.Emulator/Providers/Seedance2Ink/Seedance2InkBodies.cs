using System.Text.Json.Nodes;
using Seedance.Contracts.Catalog;
using Seedance.Emulator.Engine;

namespace Seedance.Emulator.Providers.Seedance2Ink;

/// <summary>
/// Seedance2.ink's bodies, each shaped like an example in specs/seedance2-ink.yaml (named where it is built).
/// Only the success bodies and the invalid-key body are published; where the emulator needs one that is
/// not, it follows the spec's inferred example and says so.
/// </summary>
internal static class Seedance2InkBodies
{
    /// <summary>The <c>requestId</c> format of the examples (<c>req_1234567890</c>), with hex digits.</summary>
    public const string IdFormat = "req_xxxxxxxxxxxxxxxx";

    /// <summary>
    /// The documented error layout <c>{"success": false, "error": {code, message}}</c> (the invalid-key body,
    /// verbatim in the overview; other codes follow the spec's inferred examples).
    /// </summary>
    public static JsonObject Error(string code, string message) => new()
    {
        ["success"] = false,
        ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
    };

    /// <summary>
    /// createGeneration's <c>success</c> example. [I] No pricing is published: the credits are 8 per second of
    /// video (the example's 40 for 5 s), and 40 when no duration is given.
    /// </summary>
    public static JsonObject Created(EmulatedJob job, int? duration) => new()
    {
        ["success"] = true,
        ["requestId"] = job.Id,
        ["status"] = "queued",
        ["creditsCharged"] = (duration ?? 5) * 8,
    };

    /// <summary>
    /// getGeneration's body for the job's phase (examples <c>queued</c>, <c>processing</c>, <c>succeeded</c>,
    /// <c>failed</c>, <c>cancelled</c>): the request's model, prompt, duration and aspect ratio echoed,
    /// <c>output</c> set only on success, <c>error</c> only on failure. Seedance2.ink reports no progress.
    /// </summary>
    public static JsonObject Generation(EmulatedJob job, JobPhase phase, Uri? videoUrl)
    {
        var body = new JsonObject
        {
            ["success"] = true,
            ["requestId"] = job.Id,
            ["status"] = Word(phase),
            ["model"] = job.Model,
            ["prompt"] = job.Prompt,
        };
        // No defaults are documented, so only what the request set is echoed.
        foreach (var echoed in new[] { "duration", "aspectRatio", "resolution" })
            if (job.Request[echoed] is { } value) body[echoed] = value.DeepClone();
        body["output"] = phase == JobPhase.Succeeded ? new JsonObject { ["type"] = "video", ["url"] = videoUrl!.AbsoluteUri } : null;
        body["error"] = phase is JobPhase.Failed or JobPhase.Expired ? Failure(job) : null;
        return body;
    }

    /// <summary>cancelGeneration's <c>success</c> example.</summary>
    public static JsonObject Cancelled(EmulatedJob job) => new()
    {
        ["success"] = true,
        ["requestId"] = job.Id,
        ["status"] = "cancelled",
    };

    /// <summary>
    /// listModels from the SDK's catalog. [I] Only the body's opening is published; the entry fields (id,
    /// durations, aspectRatios, resolutions) are the spec's inferred <c>success</c> example's.
    /// </summary>
    public static JsonObject Models()
    {
        var data = new JsonArray();
        foreach (var model in ModelCatalog.For(ProviderId.Seedance2Ink))
        {
            var durations = model.Durations.AllowedValues ?? Enumerable.Range(model.Durations.Min, model.Durations.Max - model.Durations.Min + 1).ToList();
            data.Add(new JsonObject
            {
                ["id"] = model.Id,
                ["durations"] = new JsonArray(durations.Select(d => (JsonNode)d).ToArray()),
                ["aspectRatios"] = new JsonArray(model.AspectRatios.Select(r => (JsonNode)r).ToArray()),
                ["resolutions"] = new JsonArray(model.Resolutions.Select(r => (JsonNode)r).ToArray()),
            });
        }
        return new JsonObject { ["success"] = true, ["data"] = data };
    }

    /// <summary>The status words of getGeneration's x-seedance-states. Seedance2.ink has no expired word: an expired job is failed.</summary>
    public static string Word(JobPhase phase) => phase switch
    {
        JobPhase.Queued => "queued",
        JobPhase.Running => "processing",
        JobPhase.Succeeded => "succeeded",
        JobPhase.Cancelled => "cancelled",
        _ => "failed",
    };

    private static JsonObject Failure(EmulatedJob job) => job.Outcome switch
    {
        // [I] No moderation failure is published; the code and message are made up in the documented layout.
        EmulatedOutcome.Moderation => new JsonObject { ["code"] = "content_policy_violation", ["message"] = "The prompt or output was rejected by content moderation." },
        // [I] Seedance2.ink has no expired status; a job that ran out of time is reported as a failure.
        EmulatedOutcome.Expire => new JsonObject { ["code"] = "timeout", ["message"] = "The generation timed out." },
        // The spec's inferred failed example.
        _ => new JsonObject { ["code"] = "generation_failed", ["message"] = "The video could not be generated." },
    };
}
