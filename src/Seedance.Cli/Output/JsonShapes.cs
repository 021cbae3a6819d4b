using System.Text.Json;
using System.Text.Json.Nodes;
using Seedance.Contracts;
using Seedance.Contracts.Errors;

namespace Seedance.Cli.Output;

/// <summary>
/// The <c>--json</c> objects (docs/cli.md, "JSON output"). Field names are camelCase and stable: scripts read
/// them. A field the provider did not report is null, never left out, so every object of one kind has the same keys.
/// </summary>
internal static class JsonShapes
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    /// <summary>One line of JSON.</summary>
    public static string Line(JsonObject value) => value.ToJsonString(Compact);

    /// <summary>A job's status. <c>videoUrl</c> is the provider's full (signed, short-lived) URL: the one value a script needs to fetch the video itself.</summary>
    public static JsonObject Status(VideoJobStatus status) => new()
    {
        ["provider"] = status.Provider,
        ["id"] = status.JobId,
        ["state"] = status.State.ToString(),
        ["status"] = status.RawStatus,
        ["progress"] = status.Progress,
        ["videoUrl"] = status.VideoUrl?.AbsoluteUri,
        ["error"] = status.Error is { } e ? new JsonObject { ["code"] = e.Code, ["message"] = e.Message } : null,
        ["creditsCharged"] = status.CreditsCharged,
        ["requestId"] = status.RequestId,
    };

    /// <summary>A finished download.</summary>
    public static JsonObject Download(string provider, string id, string file, long bytes) => new()
    {
        ["provider"] = provider,
        ["id"] = id,
        ["file"] = Path.GetFullPath(file),
        ["bytes"] = bytes,
    };

    /// <summary>A wait or download stopped by Ctrl+C; <c>resume</c> is the command that picks it up again.</summary>
    public static JsonObject Interrupted(string provider, string id, string resume) => new()
    {
        ["provider"] = provider,
        ["id"] = id,
        ["interrupted"] = true,
        ["resume"] = resume,
    };

    /// <summary>One validation problem.</summary>
    public static JsonObject Problem(ValidationProblem problem) => new()
    {
        ["field"] = problem.Field,
        ["value"] = problem.Value,
        ["allowed"] = problem.Allowed,
        ["rule"] = problem.Rule,
    };

    /// <summary>An error: the SDK's category, the HTTP status, the provider's code and message, the request id, and the exit code.</summary>
    public static JsonObject Error(ErrorReport report) => new()
    {
        ["error"] = new JsonObject
        {
            ["category"] = report.Category,
            ["message"] = report.Message,
            ["status"] = report.HttpStatus,
            ["providerCode"] = report.ProviderCode,
            ["providerMessage"] = report.ProviderMessage,
            ["requestId"] = report.RequestId,
            ["problems"] = new JsonArray([.. report.Problems.Select(p => (JsonNode)Problem(p))]),
        },
        ["job"] = report.Job is { } job ? Status(job) : null,
        ["exitCode"] = report.ExitCode,
    };

    /// <summary>The JSON name of an SDK error category.</summary>
    public static string CategoryName(SeedanceErrorCategory category) => JsonNamingPolicy.CamelCase.ConvertName(category.ToString());
}
