using System.Text.Json.Nodes;
using Seedance.Conformance.Generator;

namespace Seedance.Conformance.Reporting;

/// <summary>
/// <c>--report FILE</c>: <c>{"mode", "summary": {passed, failed, skipped, drift}, "coverage": {...}, "scenarios": [ {provider,
/// operation, scenario, mode, outcome, durationMs, message, drift} ], "drift": [ {provider, operation, kind, status, pointer,
/// detail, source} ]}</c>.
/// </summary>
internal static class JsonReport
{
    /// <summary>The report document.</summary>
    public static JsonObject Build(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var scenarios = new JsonArray();
        foreach (var r in summary.Results)
        {
            scenarios.Add(new JsonObject
            {
                ["provider"] = r.Provider,
                ["operation"] = r.Operation,
                ["scenario"] = r.Scenario,
                ["kind"] = r.Kind,
                ["mode"] = r.Mode,
                ["outcome"] = r.Outcome.ToString().ToLowerInvariant(),
                ["durationMs"] = Math.Round(r.Duration.TotalMilliseconds, 1),
                ["message"] = r.Message,
                ["drift"] = r.Drift.Count,
            });
        }
        var report = new JsonObject
        {
            ["mode"] = summary.Mode,
            ["summary"] = new JsonObject { ["passed"] = summary.Passed, ["failed"] = summary.Failed, ["skipped"] = summary.Skipped, ["drift"] = summary.Drift.Count },
        };
        if (summary.Coverage is { } coverage)
        {
            var (oc, os, om) = coverage.Count(operations: true);
            var (sc, ss, sm) = coverage.Count(operations: false);
            report["coverage"] = new JsonObject
            {
                ["operations"] = new JsonObject { ["covered"] = oc, ["skipped"] = os, ["missing"] = om },
                ["statuses"] = new JsonObject { ["covered"] = sc, ["skipped"] = ss, ["missing"] = sm },
                ["items"] = new JsonArray(coverage.Items.Select(i => (JsonNode)new JsonObject
                {
                    ["provider"] = i.Provider,
                    ["operation"] = i.Operation,
                    ["status"] = i.Status,
                    ["state"] = i.State.ToString().ToLowerInvariant(),
                    ["detail"] = i.Detail,
                }).ToArray()),
                ["staleSkips"] = new JsonArray(coverage.StaleSkips.Select(s => (JsonNode)JsonValue.Create(s)).ToArray()),
            };
        }
        report["scenarios"] = scenarios;
        report["drift"] = new JsonArray(summary.Drift.Select(d => (JsonNode)d.ToJson()).ToArray());
        return report;
    }

    /// <summary>Writes the report to <paramref name="path"/> (directories created).</summary>
    public static async Task WriteAsync(string path, RunSummary summary, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, RecordingJson.ToFileText(Build(summary)), cancellationToken).ConfigureAwait(false);
    }
}
