using System.Text.Json.Nodes;
using Seedance.Conformance.Drivers;
using Seedance.Conformance.Generator;
using Seedance.Conformance.Scenarios;

namespace Seedance.Conformance.Recording;

/// <summary>
/// Record mode: saves what a live scenario exchanged as WireMock mappings under a new root
/// (<c>mappings/&lt;provider&gt;/&lt;operation&gt;/&lt;case&gt;.json</c> + <c>__files/...</c>), after
/// sanitizing. The first mapping keeps the scenario's definition, so the directory can be replayed
/// with <c>--recordings DIR</c>; several exchanges become a WireMock scenario chain.
/// </summary>
internal sealed class LiveRecorder
{
    private readonly string _root;
    private readonly RecordingSanitizer _sanitizer;

    /// <summary>Creates a recorder writing under <paramref name="root"/>, removing each of <paramref name="secrets"/>.</summary>
    public LiveRecorder(string root, IEnumerable<string> secrets)
    {
        _root = root;
        _sanitizer = new RecordingSanitizer(secrets);
    }

    /// <summary>The files written so far (absolute paths).</summary>
    public List<string> Written { get; } = [];

    /// <summary>Writes the scenario's exchanges.</summary>
    public async Task SaveAsync(Scenario scenario, IReadOnlyList<RecordedExchange> exchanges, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(exchanges);
        if (exchanges.Count == 0) return;
        var mappings = new JsonArray();
        for (var i = 0; i < exchanges.Count; i++)
        {
            var exchange = exchanges[i];
            var suffix = exchanges.Count == 1 ? "" : $"-{i + 1}";
            var bodyFile = $"recorded/{scenario.Provider}/{scenario.Operation}/{scenario.Case}{suffix}.json";
            await WriteAsync(Path.Combine(_root, "__files", bodyFile), _sanitizer.Body(exchange.ResponseBody) + "\n", cancellationToken).ConfigureAwait(false);

            var headers = new JsonObject();
            foreach (var (name, value) in _sanitizer.Headers(exchange.ResponseHeaders)) headers[name] = value;
            var sentKey = exchange.RequestHeaders.Any(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase));
            var request = new JsonObject
            {
                ["method"] = exchange.Method,
                ["urlPath"] = _sanitizer.Text(exchange.Url.AbsolutePath),
                // Never the key itself: any bearer token (or none, as sent) matches.
                ["headers"] = new JsonObject { ["Authorization"] = sentKey ? new JsonObject { ["matches"] = "Bearer .+" } : new JsonObject { ["absent"] = true } },
            };
            var metadata = i == 0
                ? Recorded(scenario.Definition, exchange.Url)
                : new ScenarioMetadata { Scenario = scenario.Name, Step = $"{i + 1}: recorded" };
            var mapping = new JsonObject
            {
                ["id"] = StableIds.For($"recorded:{scenario.Name}#{i + 1}"),
                ["name"] = $"{scenario.Name} (recorded{suffix})",
                ["request"] = request,
                ["response"] = new JsonObject { ["status"] = exchange.Status, ["headers"] = headers, ["bodyFileName"] = bodyFile },
                // Metadata is walked like a body: the copied request may hold signed URLs too.
                ["metadata"] = new JsonObject { ["seedance"] = JsonNode.Parse(_sanitizer.Body(metadata.ToJsonNode().ToJsonString())) },
            };
            if (exchanges.Count > 1)
            {
                mapping["scenarioName"] = "recorded:" + scenario.Name;
                mapping["requiredScenarioState"] = i == 0 ? "Started" : $"step-{i + 1}";
                if (i + 1 < exchanges.Count) mapping["newScenarioState"] = $"step-{i + 2}";
            }
            mappings.Add(mapping);
        }
        var text = RecordingJson.ToFileText(new JsonObject { ["mappings"] = mappings });
        await WriteAsync(Path.Combine(_root, "mappings", scenario.Provider, scenario.Operation, scenario.Case + ".json"), text, cancellationToken).ConfigureAwait(false);
    }

    private ScenarioMetadata Recorded(ScenarioMetadata definition, Uri url)
    {
        var copy = ScenarioMetadata.From(new JsonObject { ["seedance"] = definition.ToJsonNode() })!;
        copy.Provenance = $"recorded live from {url.Host}";
        copy.Step = "1: recorded";
        // A recording is evidence of shape and codes; the spec example's exact values do not apply to it.
        if (copy.Expect is { } expect)
        {
            expect.Values = null;
            expect.ProviderMessage = null;
            expect.RequestId = null;
            expect.VideoUrl = null;
            expect.States = null;
        }
        return copy;
    }

    private async Task WriteAsync(string path, string text, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text, cancellationToken).ConfigureAwait(false);
        lock (Written) Written.Add(path);
    }
}
