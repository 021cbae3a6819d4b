using System.Globalization;
using System.Text.Json.Nodes;
using Seedance.Emulator.Engine;

namespace Seedance.Emulator.Providers.CometApiVolc;

/// <summary>
/// Ark's task object (schema <c>ArkTask</c> of specs/cometapi-volc.yaml) in each phase, with the status words
/// of getTask's <c>x-seedance-states</c> (queued, running, succeeded, failed, cancelled, expired). The same body
/// is the callback body (Ark posts the query reply on every status change).
/// </summary>
internal static class CometApiVolcBodies
{
    /// <summary>createTask's 200 (example <c>success</c>, x-source seed:002): the id only.</summary>
    public static JsonObject Created(EmulatedJob job) => new() { ["id"] = job.Id };

    /// <summary>
    /// The task in <paramref name="phase"/>. Examples: <c>queued</c>, <c>running</c> (inferred: the succeeded
    /// body without its output), <c>succeeded</c> (x-source the CometAPI query page: content.video_url,
    /// resolution, duration, ratio, framespersecond), <c>failed</c> and <c>expired</c> (inferred).
    /// </summary>
    public static JsonObject Task(EmulatedJob job, JobPhase phase, Func<Uri> videoUrl)
    {
        var body = new JsonObject
        {
            ["id"] = job.Id,
            ["model"] = job.Model,
            ["status"] = StatusWord(phase),
            ["error"] = Error(job, phase),
        };
        if (phase == JobPhase.Succeeded)
        {
            body["content"] = new JsonObject { ["video_url"] = videoUrl().AbsoluteUri };
            foreach (var (name, value) in job.Values)
            {
                body[name] = name is "resolution" or "ratio" ? value : long.Parse(value, CultureInfo.InvariantCulture);
            }
            // Ark bills video tokens; the succeeded example of acedata-seedance.yaml (the same Ark object) shows
            // 108900 for a 5 s 720p clip. The emulator reports that figure scaled by the clip's length.
            var tokens = job.Values.TryGetValue("duration", out var seconds) ? 21780L * long.Parse(seconds, CultureInfo.InvariantCulture) : 108900L;
            body["usage"] = new JsonObject { ["completion_tokens"] = tokens, ["total_tokens"] = tokens };
        }
        if (phase == JobPhase.Expired)
        {
            // Example expired (inferred): the task carries its service tier and the expiry it passed, which in
            // the example is exactly updated_at - created_at. Ark's default is 172800 s; the emulator's jobs
            // expire after the emulated render time, so that is the value reported.
            body["service_tier"] = "default";
            body["execution_expires_after"] = (long)Math.Ceiling(job.Timeline.Total.TotalSeconds);
        }
        body["created_at"] = job.SubmittedAt.ToUnixTimeSeconds();
        body["updated_at"] = ChangedAt(job, phase).ToUnixTimeSeconds();
        return body;
    }

    /// <summary>The provider's word for the phase.</summary>
    public static string StatusWord(JobPhase phase) => phase switch
    {
        JobPhase.Queued => "queued",
        JobPhase.Running => "running",
        JobPhase.Succeeded => "succeeded",
        JobPhase.Failed => "failed",
        JobPhase.Cancelled => "cancelled",
        _ => "expired",
    };

    private static JsonNode? Error(EmulatedJob job, JobPhase phase) => phase switch
    {
        // Example failed (inferred body; the code is in Ark's error-code table, providers.md §3.7).
        JobPhase.Failed when job.Outcome == EmulatedOutcome.Moderation => new JsonObject
        {
            ["code"] = "OutputVideoSensitiveContentDetected",
            ["message"] = "The request failed because the output video may contain sensitive information.",
        },
        // Inferred: Ark documents InternalServiceError ("The service encountered an unexpected internal
        // error", providers.md §3.7) as a call error; that a task fails with it is the emulator's assumption.
        JobPhase.Failed => new JsonObject
        {
            ["code"] = "InternalServiceError",
            ["message"] = "The service encountered an unexpected internal error.",
        },
        _ => null,
    };

    // updated_at is the last status change: submit, the start of rendering, or the end.
    private static DateTimeOffset ChangedAt(EmulatedJob job, JobPhase phase) => phase switch
    {
        JobPhase.Queued => job.SubmittedAt,
        JobPhase.Running => job.SubmittedAt + job.Timeline.Queue,
        _ => job.CompletedAt,
    };
}
