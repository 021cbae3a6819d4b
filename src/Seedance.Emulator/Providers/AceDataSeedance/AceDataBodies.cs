using System.Text.Json.Nodes;
using Seedance.Emulator.Engine;

namespace Seedance.Emulator.Providers.AceDataSeedance;

/// <summary>
/// AceData's bodies, each shaped like an example in specs/acedata-seedance.yaml (named where it is built).
/// The videos reply (<c>VideoResult</c>) is one shape in three places: the blocking create reply, the
/// callback body and the <c>response</c> of a task record.
/// </summary>
internal static class AceDataBodies
{
    /// <summary>The id formats of the spec's examples: AceData's task and trace ids are UUIDs, the stored record's <c>_id</c> is 24 hex digits.</summary>
    public const string UuidFormat = "xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx";

    public const string RecordIdFormat = "xxxxxxxxxxxxxxxxxxxxxxxx";

    // The ids every record carries for the account; fixed, as one emulator is one AceData application.
    private const string ApiId = "44e45d2b-8754-4a93-b793-c63271335f6f";
    private const string ApplicationId = "1456a4bf-e2f4-4247-9b2d-fb49effc6eca";
    private const string UserId = "ad7afe47-cea9-4cda-980f-2ad8810e51cf";
    private const string CredentialId = "3e20b461-f750-48d3-a1f7-3aea48d15d77";

    /// <summary>
    /// The AceDataError layout of the documented error examples: <c>{"error": {code, message}, "trace_id"}</c>,
    /// led by <c>"success": false</c> where the example has it (the guide's and the not-found one).
    /// </summary>
    public static JsonObject Error(string code, string message, bool? success = null)
    {
        var body = new JsonObject();
        if (success is { } s) body["success"] = s;
        body["error"] = new JsonObject { ["code"] = code, ["message"] = message };
        body["trace_id"] = EmulatorState.NewId(UuidFormat);
        return body;
    }

    /// <summary>Example <c>async-accepted</c>: the immediate reply when <c>callback_url</c> or <c>async</c> is set.</summary>
    public static JsonObject Accepted(EmulatedJob job) => new() { ["task_id"] = job.Id };

    /// <summary>
    /// The videos reply for a terminal job. Success is the flat record of examples <c>first-last-frame</c> and
    /// <c>reference-image</c> (the guide says the callback gets the identical body); a failure is
    /// <c>{"success": false, "error", "trace_id"}</c> like the guide's <c>fetch-failed</c> example.
    /// </summary>
    public static JsonObject VideoResult(EmulatedJob job, JobPhase phase, Uri? videoUrl)
    {
        var trace = job.Values["trace"];
        if (phase == JobPhase.Succeeded)
        {
            var data = Data(job, "succeeded");
            data["video_url"] = videoUrl!.AbsoluteUri;
            data["last_frame_url"] = null;
            foreach (var echoed in new[] { "resolution", "ratio", "duration" })
                if (job.Request[echoed] is { } value) data[echoed] = value.DeepClone();
            return new JsonObject { ["success"] = true, ["task_id"] = job.Id, ["trace_id"] = trace, ["data"] = data };
        }

        var failure = new JsonObject { ["success"] = false, ["task_id"] = job.Id, ["trace_id"] = trace };
        switch (job.Outcome, phase)
        {
            case (EmulatedOutcome.Moderation, _):
                // [I] AceData publishes no moderation failure; AceData forwards to Ark, so this is Ark's documented
                // moderation code and message (specs/cometapi-volc.yaml, failed task example).
                failure["error"] = new JsonObject
                {
                    ["code"] = "OutputVideoSensitiveContentDetected",
                    ["message"] = "The request failed because the output video may contain sensitive information.",
                };
                break;
            case (_, JobPhase.Expired):
                // [I] "expired" is in the tasks operation's x-seedance-states (Ark's word, for a task past
                // execution_expires_after); no expired body is published, so the task is shown with that status.
                failure["data"] = Data(job, "expired");
                break;
            default:
                // The guide's error example (fetch-failed): AceData's generic failure.
                failure["error"] = new JsonObject { ["code"] = "api_error", ["message"] = "fetch failed" };
                break;
        }
        return failure;
    }

    /// <summary>
    /// The stored task record (<c>POST /seedance/tasks</c>, example <c>retrieve</c>). A queued task has neither
    /// <c>started_at</c> nor <c>response</c>; a running one has <c>response.data.status: processing</c> (the
    /// inferred <c>processing</c> example); a finished one the videos reply, <c>finished_at</c> and <c>elapsed</c>.
    /// </summary>
    public static JsonObject Record(EmulatedJob job, JobPhase phase, Uri? videoUrl)
    {
        var record = new JsonObject
        {
            ["_id"] = job.Values["record"],
            ["id"] = job.Id,
            ["api_id"] = ApiId,
            ["application_id"] = ApplicationId,
            ["created_at"] = Seconds(job.SubmittedAt),
        };
        if (phase != JobPhase.Queued)
        {
            record["started_at"] = Seconds(job.SubmittedAt + job.Timeline.Queue);
        }
        if (phase.IsTerminal())
        {
            record["finished_at"] = Seconds(job.CompletedAt);
            record["elapsed"] = Math.Round((job.CompletedAt - job.SubmittedAt - job.Timeline.Queue).TotalSeconds, 3);
        }
        record["credential_id"] = CredentialId;
        record["request"] = job.Request.DeepClone();
        record["trace_id"] = job.Values["trace"];
        record["type"] = "videos";
        record["user_id"] = UserId;
        if (phase == JobPhase.Running)
        {
            record["response"] = new JsonObject { ["success"] = true, ["task_id"] = job.Id, ["trace_id"] = job.Values["trace"], ["data"] = Data(job, "processing") };
        }
        else if (phase.IsTerminal())
        {
            record["response"] = VideoResult(job, phase, videoUrl);
        }
        return record;
    }

    /// <summary>The <c>data</c> of the flat form: the upstream (Ark) task id, the status word and the model.</summary>
    private static JsonObject Data(EmulatedJob job, string status) => new()
    {
        ["task_id"] = job.Values["upstream"],
        ["status"] = status,
        ["model"] = job.Model,
    };

    // Unix seconds with milliseconds, as the record example's created_at (1766329436.091).
    private static double Seconds(DateTimeOffset at) => Math.Round(at.ToUnixTimeMilliseconds() / 1000.0, 3);
}
