using System.Text.Json.Nodes;
using Seedance.Emulator.Engine;

namespace Seedance.Emulator.Providers.CometApiVideos;

/// <summary>
/// The <c>Video</c> object of specs/cometapi-videos.yaml in each phase, with the status words of getVideo's
/// <c>x-seedance-states</c> (SUBMITTED, IN_PROGRESS, SUCCESS, FAILED, ERROR).
/// </summary>
internal static class CometApiVideosBodies
{
    /// <summary>
    /// createVideo's 200 (example <c>success</c>, x-source seed:000): the id twice, as <c>id</c> and
    /// <c>task_id</c> (quirk comet-task-id-alias), status SUBMITTED, progress 0.
    /// </summary>
    public static JsonObject Created(EmulatedJob job) => new()
    {
        ["id"] = job.Id,
        ["task_id"] = job.Id,
        ["object"] = "video",
        ["model"] = job.Model,
        ["status"] = "SUBMITTED",
        ["progress"] = 0,
        ["created_at"] = job.SubmittedAt.ToUnixTimeSeconds(),
    };

    /// <summary>
    /// getVideo's 200 for the job's phase. Only <c>id</c> (the query page's examples carry no task_id).
    /// Examples: <c>submitted</c> (inferred), <c>in-progress</c> (x-source the query page), <c>succeeded</c>,
    /// <c>failed</c> and <c>error</c> (inferred: CometAPI published no terminal bodies).
    /// </summary>
    public static JsonObject Status(EmulatedJob job, JobPhase phase, DateTimeOffset now, Func<Uri> videoUrl)
    {
        var body = new JsonObject
        {
            ["id"] = job.Id,
            ["model"] = job.Model,
            ["object"] = "video",
            ["status"] = StatusWord(job, phase),
            ["progress"] = Progress(job, phase, now),
            ["created_at"] = job.SubmittedAt.ToUnixTimeSeconds(),
            ["completed_at"] = phase.IsTerminal() ? job.CompletedAt.ToUnixTimeSeconds() : null,
        };
        if (phase == JobPhase.Succeeded) body["video_url"] = videoUrl().AbsoluteUri;
        if (Error(job, phase) is { } error) body["error"] = error;
        return body;
    }

    /// <summary>The provider's word for the phase.</summary>
    public static string StatusWord(EmulatedJob job, JobPhase phase) => phase switch
    {
        JobPhase.Queued => "SUBMITTED",
        JobPhase.Running => "IN_PROGRESS",
        JobPhase.Succeeded => "SUCCESS",
        // FAILED is "rejected by the provider" (moderation); ERROR is "internal error": the generic failure
        // and, as this route has no expired word, a job that never finished. Cancelled cannot happen (no cancel route).
        JobPhase.Failed when job.Outcome == EmulatedOutcome.Moderation => "FAILED",
        _ => "ERROR",
    };

    private static int Progress(EmulatedJob job, JobPhase phase, DateTimeOffset now) => phase switch
    {
        JobPhase.Queued => 0,
        JobPhase.Running => job.ProgressAt(now),
        JobPhase.Succeeded => 100,
        // The inferred examples: failed shows 100, error shows 0.
        _ => StatusWord(job, phase) == "FAILED" ? 100 : 0,
    };

    private static JsonObject? Error(EmulatedJob job, JobPhase phase) => phase switch
    {
        // Example failed (inferred): the Ark moderation code and message CometAPI would pass through.
        JobPhase.Failed when job.Outcome == EmulatedOutcome.Moderation => new JsonObject
        {
            ["code"] = "OutputVideoSensitiveContentDetected",
            ["message"] = "The request failed because the output video may contain sensitive information.",
        },
        // Example error (inferred): code internal_error.
        JobPhase.Failed => new JsonObject
        {
            ["code"] = "internal_error",
            ["message"] = "upstream task failed unexpectedly",
        },
        // Inferred: this route documents no expiry or timeout; an unfinished job ends as an internal error
        // whose message says why (the code is the error example's).
        JobPhase.Expired => new JsonObject
        {
            ["code"] = "internal_error",
            ["message"] = "upstream task expired before it finished",
        },
        _ => null,
    };
}
