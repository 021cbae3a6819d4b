using System.Globalization;
using System.Text.Json.Nodes;
using Seedance.Conformance.Generator;
using Seedance.Conformance.Reporting;
using Seedance.Conformance.Schemas;
using Seedance.Conformance.Specs;

namespace Seedance.Conformance.Cli;

/// <summary>
/// <c>drift DIR</c>: checks every response in a WireMock mapping folder (<c>--record DIR</c> output,
/// or the recordings) against the specs, with the same schema and drift checks as a live run, so a
/// maintainer sees what recorded replies would add to a spec (docs/updating-specs.md).
/// </summary>
internal static class DriftCommand
{
    /// <summary>Usage of the command.</summary>
    public const string Usage = "usage: Seedance.Conformance drift DIR [--specs DIR] [--report FILE] [--strict]";

    /// <summary>Runs it: exit 0 when every response matches its schema (and, with --strict, nothing drifted), 1 otherwise, 2 for bad arguments.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string? root = null, specsDirectory = null, report = null;
        var strict = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--specs" when i + 1 < args.Count: specsDirectory = args[++i]; break;
                case "--report" when i + 1 < args.Count: report = args[++i]; break;
                case "--strict": strict = true; break;
                case var value when !value.StartsWith("--", StringComparison.Ordinal) && root is null: root = value; break;
                default:
                    error.WriteLine($"drift: unexpected argument {args[i]}");
                    error.WriteLine(Usage);
                    return ConformanceCli.UsageError;
            }
        }
        if (root is null)
        {
            error.WriteLine(Usage);
            return ConformanceCli.UsageError;
        }

        SpecSet specs;
        List<RecordedResponse> responses;
        try
        {
            specs = SpecSet.Load(specsDirectory ?? ConformancePaths.BesideBinary().SpecsDirectory);
            responses = RecordedResponse.ReadAll(root);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            error.WriteLine($"drift: cannot read the specs or {root}: {exception.Message}");
            return ConformanceCli.UsageError;
        }

        var checker = new ResponseChecker(specs);
        var failures = new List<(string Source, SchemaViolation Violation)>();
        var drift = new List<DriftItem>();
        var unmatched = new List<string>();
        foreach (var response in responses)
        {
            var path = response.Path ?? specs.Documents.Where(d => d.Provider == response.Provider)
                .SelectMany(d => d.Operations).Where(o => o.Method == response.Method).Select(o => o.ExpandPath()).FirstOrDefault(response.Matches);
            var verdict = path is null
                ? ResponseVerdict.Unmatched
                : checker.Check(response.Provider, response.Method, path, response.Status, response.Headers, response.Body);
            if (verdict.Operation is null)
            {
                unmatched.Add($"{response.Source}: {response.Method} {response.Path ?? response.PathPattern} is no operation of {response.Provider}");
                continue;
            }
            failures.AddRange(verdict.Violations.Select(v => (response.Source, v)));
            drift.AddRange(verdict.Drift.Select(d => d with { Source = response.Source }));
        }

        output.WriteLine($"Drift check of {Path.GetFullPath(root)} against {specs.Directory}");
        foreach (var (source, violation) in failures) output.WriteLine($"  FAIL  {violation.Provider}: {violation}  [{source}]");
        foreach (var line in unmatched) output.WriteLine($"  skip  {line}");
        if (drift.Count > 0) ConsoleReport.WriteDrift(output, drift);
        output.WriteLine();
        var checkedCount = responses.Count - unmatched.Count;
        output.WriteLine($"{checkedCount.ToString(CultureInfo.InvariantCulture)} responses checked, {failures.Count} schema failures, {drift.Count} drift, {unmatched.Count} not matched to an operation");

        if (report is not null)
        {
            var document = new JsonObject
            {
                ["root"] = Path.GetFullPath(root),
                ["summary"] = new JsonObject { ["responses"] = checkedCount, ["failures"] = failures.Count, ["drift"] = drift.Count, ["unmatched"] = unmatched.Count },
                ["failures"] = new JsonArray(failures.Select(f => (JsonNode)new JsonObject
                {
                    ["provider"] = f.Violation.Provider,
                    ["operation"] = f.Violation.Operation,
                    ["status"] = f.Violation.Status,
                    ["pointer"] = f.Violation.Pointer,
                    ["message"] = f.Violation.Message,
                    ["specLocation"] = f.Violation.SpecLocation,
                    ["source"] = f.Source,
                }).ToArray()),
                ["drift"] = new JsonArray(drift.Select(d => (JsonNode)d.ToJson()).ToArray()),
            };
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(report))!);
            await File.WriteAllTextAsync(report, RecordingJson.ToFileText(document), cancellationToken).ConfigureAwait(false);
        }
        return failures.Count > 0 || (strict && drift.Count > 0) ? ConformanceCli.Failures : ConformanceCli.Success;
    }
}
