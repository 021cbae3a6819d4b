using System.Text.Json.Nodes;
using Seedance.Conformance.Drivers;
using Seedance.Conformance.Scenarios;
using Seedance.Conformance.Specs;

namespace Seedance.Conformance.Generator;

/// <summary>
/// Turns the specs into recordings: for each operation x documented status x named example, the
/// body (<c>__files/&lt;provider&gt;/&lt;operationId&gt;/&lt;status&gt;-&lt;example&gt;.json</c>, verbatim from the
/// spec) and a WireMock stub (<c>mappings/&lt;provider&gt;/&lt;operationId&gt;/&lt;case&gt;.json</c>) whose
/// <c>metadata.seedance</c> says what the client must observe. The specs are the single source of
/// the bodies; the drift test regenerates in memory and compares.
/// </summary>
internal static class RecordingGenerator
{
    /// <summary>The command that rewrites the committed recordings.</summary>
    public const string RegenerateCommand = "dotnet run --project src/Seedance.Conformance -- regenerate-recordings";

    /// <summary>The operations that start a paid job.</summary>
    private static readonly HashSet<string> CreateOperations = new(StringComparer.Ordinal) { "createVideo", "createTask", "createGeneration" };

    /// <summary>Generates every recording file for the specs, and the <c>docs/spec-sources.md</c> they imply.</summary>
    public static GeneratedRecordings Generate(SpecSet specs)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var spec in specs.Documents)
        {
            foreach (var operation in spec.Operations)
            {
                AddOperation(spec, operation, files);
            }
        }
        return new GeneratedRecordings(files) { SpecSources = SpecSourcesDocument.Generate(specs) };
    }

    /// <summary>The scenario case name of an example: its key, or <c>key-status</c> when the key repeats across the operation's statuses.</summary>
    public static string CaseName(SpecOperation operation, SpecResponse response, SpecExample example)
    {
        var repeats = operation.Responses.SelectMany(r => r.Examples).Count(e => e.Name == example.Name) > 1;
        return repeats ? $"{example.Name}-{response.Status}" : example.Name;
    }

    private static void AddOperation(SpecDocument spec, SpecOperation operation, SortedDictionary<string, string> files)
    {
        var first401 = operation.Responses.FirstOrDefault(r => r.Status == "401")?.Examples.FirstOrDefault()?.Name;
        foreach (var response in operation.Responses)
        {
            if (response.Code is not { } status) continue; // ranges (4XX) cannot be replayed as such; coverage reports them
            foreach (var example in response.Examples)
            {
                var caseName = CaseName(operation, response, example);
                var scenario = $"{spec.Provider}/{operation.OperationId}/{caseName}";
                var bodyFile = $"{spec.Provider}/{operation.OperationId}/{response.Status}-{example.Name}.json";
                files["__files/" + bodyFile] = RecordingJson.ToFileText(example.Value);

                var metadata = new ScenarioMetadata
                {
                    Scenario = scenario,
                    Provider = spec.Provider,
                    Operation = operation.OperationId,
                    Case = caseName,
                    Kind = CasePlans.QuirkReason(scenario) is null ? ScenarioKinds.Operation : ScenarioKinds.Quirk,
                    Status = response.Status,
                    Provenance = example.Provenance,
                    Request = BaseRequest(operation, response.IsSuccess ? example.Name : "success"),
                };
                var request = new JsonObject { ["method"] = operation.Method };
                int priority;
                if (response.IsSuccess)
                {
                    priority = Success(operation, scenario, example, status, metadata);
                }
                else
                {
                    priority = Error(spec, operation, response, example, status, scenario, example.Name == first401, metadata);
                }

                request["urlPath"] = operation.ExpandPath(metadata.Request!.Path);
                request["headers"] = new JsonObject { ["Authorization"] = AuthorizationPattern(metadata.Request.Key) };
                foreach (var (name, value) in BodyMatcher(scenario, response.IsSuccess, metadata))
                {
                    request[name] = value?.DeepClone();
                }

                var mapping = new JsonObject
                {
                    ["id"] = StableIds.For(scenario),
                    ["name"] = scenario,
                    ["priority"] = priority,
                    ["request"] = request,
                    ["response"] = new JsonObject
                    {
                        ["status"] = status,
                        // Real WireMock adds no Content-Type of its own; the generated clients need it to pick the JSON parser.
                        ["headers"] = new JsonObject { ["Content-Type"] = "application/json" },
                        ["bodyFileName"] = bodyFile,
                    },
                    ["metadata"] = new JsonObject { ["seedance"] = metadata.ToJsonNode() },
                };
                files[$"mappings/{spec.Provider}/{operation.OperationId}/{caseName}.json"] = RecordingJson.ToFileText(mapping);
            }
        }
    }

    // Priorities only matter when many mappings share one host (the replay host posing as the live
    // API in tests): provokable errors (1) beat success stubs (3), which beat the generic error stubs (5)
    // that match any request to the path.
    private static int Success(SpecOperation operation, string scenario, SpecExample example, int status, ScenarioMetadata metadata)
    {
        metadata.Expect = new ScenarioExpectation { Status = status, Values = ExpectedValues(operation, example.Value) };
        if (CreateOperations.Contains(operation.OperationId))
        {
            metadata.Cost = ScenarioKinds.Spend;
            metadata.Live = ScenarioKinds.LiveRun;
        }
        else if (CasePlans.FreeSuccessReason(scenario) is { } reason)
        {
            metadata.Cost = ScenarioKinds.Free;
            metadata.Live = ScenarioKinds.LiveRun;
            metadata.LiveReason = reason;
        }
        else
        {
            metadata.Cost = ScenarioKinds.Free;
            metadata.Live = ScenarioKinds.LiveReplayOnly;
            metadata.LiveReason = "needs an existing job in this state; the lifecycle scenarios reach it live";
        }
        return 3;
    }

    private static int Error(SpecDocument spec, SpecOperation operation, SpecResponse response, SpecExample example, int status,
        string scenario, bool primary401, ScenarioMetadata metadata)
    {
        var (code, message, requestId) = ErrorFields.Read(spec, response.Schema, example.Value);
        metadata.Expect = new ScenarioExpectation
        {
            Status = status,
            Exception = ExpectedErrors.ExceptionFor(status, code),
            ProviderCode = code,
            ProviderMessage = message,
            RequestId = requestId,
        };
        metadata.Cost = ScenarioKinds.Free;
        if (status == 401)
        {
            metadata.Request!.Key = ScenarioKinds.InvalidKey;
            metadata.Live = primary401 ? ScenarioKinds.LiveRun : ScenarioKinds.LiveReplayOnly;
            metadata.LiveReason = primary401
                ? "a deliberately invalid key"
                : "the live API answers a bad key one way; the operation's first 401 case checks it";
            return primary401 ? 1 : 5;
        }
        if (CasePlans.For(scenario) is { } plan)
        {
            plan.Edit(metadata.Request!);
            metadata.Live = ScenarioKinds.LiveRun;
            metadata.LiveReason = plan.Reason;
            return 1;
        }
        metadata.Live = ScenarioKinds.LiveReplayOnly;
        metadata.LiveReason = CasePlans.QuirkReason(scenario)
            ?? $"the live API cannot be made to answer {status}{(code is null ? "" : " " + code)} on demand";
        return 5;
    }

    private static SortedDictionary<string, JsonNode?> ExpectedValues(SpecOperation operation, JsonNode? example)
    {
        var values = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var path in KeyFields.For(operation.Provider, operation.OperationId))
        {
            var value = JsonPaths.Evaluate(example, path, out var found);
            if (found) values[path] = value?.DeepClone();
        }
        return values;
    }

    private static ScenarioRequest BaseRequest(SpecOperation operation, string exampleName)
    {
        var request = new ScenarioRequest();
        if (operation.PathParameterExamples.Count > 0)
        {
            request.Path = new SortedDictionary<string, string>(operation.PathParameterExamples.ToDictionary(), StringComparer.Ordinal);
        }
        if (operation.RequestExampleFor(exampleName) is { } example)
        {
            if (example.MediaType.StartsWith("multipart/", StringComparison.Ordinal))
            {
                request.Form = new SortedDictionary<string, string>(StringComparer.Ordinal);
                foreach (var (name, value) in example.Value as JsonObject ?? [])
                {
                    // The form carries every value as text; numbers in invariant culture.
                    request.Form[name] = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "";
                }
            }
            else
            {
                request.Body = example.Value?.DeepClone();
            }
        }
        return request;
    }

    private static JsonObject AuthorizationPattern(string key) => key switch
    {
        ScenarioKinds.InvalidKey => new JsonObject { ["equalTo"] = "Bearer " + ConformanceKeys.InvalidKey },
        ScenarioKinds.NoKey => new JsonObject { ["absent"] = true },
        _ => new JsonObject { ["matches"] = "Bearer .+" },
    };

    private static JsonObject BodyMatcher(string scenario, bool success, ScenarioMetadata metadata)
    {
        var request = metadata.Request!;
        if (!success && metadata.Kind != ScenarioKinds.Quirk)
        {
            return CasePlans.For(scenario)?.BodyMatcher?.Invoke(request) ?? [];
        }
        // Success cases and the quirk: the stub answers only the documented request.
        if (request.Body is { } body)
        {
            return new JsonObject { ["bodyPatterns"] = new JsonArray(new JsonObject { ["equalToJson"] = body.DeepClone() }) };
        }
        if (request.Form is { } form)
        {
            var parts = new JsonArray();
            foreach (var (name, value) in form)
            {
                parts.Add(new JsonObject
                {
                    ["matchingType"] = "ANY",
                    ["headers"] = new JsonObject { ["Content-Disposition"] = new JsonObject { ["contains"] = $"name=\"{name}\"" } },
                    ["bodyPatterns"] = new JsonArray(new JsonObject { ["equalTo"] = value }),
                });
            }
            return new JsonObject { ["multipartPatterns"] = parts };
        }
        return [];
    }
}
