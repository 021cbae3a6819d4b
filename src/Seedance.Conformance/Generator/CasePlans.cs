using System.Text.Json.Nodes;
using Seedance.Conformance.Scenarios;

namespace Seedance.Conformance.Generator;

/// <summary>
/// The hand-written part of the recordings: which error cases can be provoked for free against the
/// real API, and with what request. Everything else about a scenario comes from the spec.
/// </summary>
internal static class CasePlans
{
    private static readonly Dictionary<string, CasePlan> Plans = new(StringComparer.Ordinal)
    {
        ["cometapi-videos/createVideo/model-missing"] = new(
            "the form leaves out the required model part",
            r => r.Form!.Remove("model"),
            _ => new JsonObject { ["bodyPatterns"] = new JsonArray(new JsonObject { ["doesNotContain"] = "name=\"model\"" }) }),
        ["cometapi-videos/createVideo/seconds-out-of-range"] = new(
            "seconds=20 is above every model's maximum (15)",
            r => r.Form!["seconds"] = "20",
            _ => MultipartField("seconds", "20")),
        ["cometapi-videos/getVideo/task-not-exist"] = new("a task id nobody issued", UnknownPathId("id")),
        ["cometapi-volc/createTask/model-missing"] = new(
            "the body leaves out the required model",
            r => ((JsonObject)r.Body!).Remove("model"),
            _ => new JsonObject { ["bodyPatterns"] = new JsonArray(new JsonObject { ["doesNotContain"] = "\"model\"" }) }),
        ["cometapi-volc/getTask/task-not-exist"] = new("a task id nobody issued", UnknownPathId("id")),
        ["acedata-seedance/createVideo/bad-request"] = new(
            "the model id does not exist",
            r => r.Body!["model"] = "seedance-conformance-no-such-model",
            r => EqualToJson(r.Body!)),
        ["acedata-seedance/createVideo/no-token"] = new(
            "the request carries no Authorization header",
            r => r.Key = ScenarioKinds.NoKey),
        ["acedata-seedance/queryTasks/not-found"] = new(
            "a task id nobody issued",
            r => r.Body = new JsonObject { ["id"] = ConformanceKeys.UnknownTaskId, ["action"] = "retrieve" },
            r => EqualToJson(r.Body!)),
        ["seedance2-ink/createGeneration/invalid-duration"] = new(
            "duration 3 is below every model's minimum and not 5 or 10 as seedance-1.5-pro needs",
            r =>
            {
                r.Body!["model"] = "seedance-1.5-pro";
                r.Body!["duration"] = 3;
            },
            r => EqualToJson(r.Body!)),
        ["seedance2-ink/getGeneration/not-found"] = new("a request id nobody issued", UnknownPathId("requestId")),
        ["seedance2-ink/cancelGeneration/not-found"] = new("a request id nobody issued", UnknownPathId("requestId")),
    };

    /// <summary>
    /// Success cases that cost nothing live although their operation is not a create: a read whose
    /// answer does not depend on an existing job.
    /// </summary>
    private static readonly Dictionary<string, string> FreeLiveSuccess = new(StringComparer.Ordinal)
    {
        ["seedance2-ink/listModels/success"] = "a catalogue read",
        ["acedata-seedance/queryTasks/retrieve-batch"] = "a batch lookup of ids that are not the caller's answers with no items",
    };

    /// <summary>Error cases that exist only as quirks (their own scenario kind).</summary>
    private static readonly Dictionary<string, string> Quirks = new(StringComparer.Ordinal)
    {
        ["cometapi-volc/createTask/json-parse-error"] =
            "CometAPI's own live check (2026-03-12) saw this route answer the standard JSON sample with a server-side JSON parse error (seed:004); it cannot be provoked on demand",
    };

    /// <summary>The plan for a scenario, or null.</summary>
    public static CasePlan? For(string scenario) => Plans.GetValueOrDefault(scenario);

    /// <summary>Why a success case runs live for free, or null.</summary>
    public static string? FreeSuccessReason(string scenario) => FreeLiveSuccess.GetValueOrDefault(scenario);

    /// <summary>The quirk description of a scenario, or null when it is an ordinary case.</summary>
    public static string? QuirkReason(string scenario) => Quirks.GetValueOrDefault(scenario);

    /// <summary>Every scenario name the tables mention (a test checks each still exists in the specs).</summary>
    public static IEnumerable<string> AllNames => Plans.Keys.Concat(FreeLiveSuccess.Keys).Concat(Quirks.Keys);

    private static Action<ScenarioRequest> UnknownPathId(string parameter) =>
        r => (r.Path ??= new SortedDictionary<string, string>(StringComparer.Ordinal))[parameter] = ConformanceKeys.UnknownTaskId;

    private static JsonObject EqualToJson(JsonNode body) =>
        new() { ["bodyPatterns"] = new JsonArray(new JsonObject { ["equalToJson"] = body.DeepClone() }) };

    private static JsonObject MultipartField(string name, string value) => new()
    {
        ["multipartPatterns"] = new JsonArray(new JsonObject
        {
            ["matchingType"] = "ANY",
            ["headers"] = new JsonObject { ["Content-Disposition"] = new JsonObject { ["contains"] = $"name=\"{name}\"" } },
            ["bodyPatterns"] = new JsonArray(new JsonObject { ["equalTo"] = value }),
        }),
    };
}
