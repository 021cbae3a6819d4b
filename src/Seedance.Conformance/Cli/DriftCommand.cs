using System.CommandLine;
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
    /// <summary>The subcommand: <c>drift DIR [--specs DIR] [--report FILE] [--strict]</c>.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var root = new Argument<string>("DIR") { Description = "a WireMock mapping folder: a --record output, or the recordings" };
        var specs = RunnerCommand.LastWins("--specs", "DIR", "the specs directory (default: the copy next to the binary)");
        var report = RunnerCommand.LastWins("--report", "FILE", "write a JSON report");
        var strict = new Option<bool>("--strict") { Description = "any drift fails the check too" };
        var command = new Command("drift",
            "check every response in a WireMock mapping folder against the specs and list schema failures and drift " +
            "(exit 1 on a schema failure, or any drift with --strict)")
        {
            root, specs, report, strict,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(root)!, parse.GetValue(specs), parse.GetValue(report), parse.GetValue(strict), output, error, cancellationToken));
        return command;
    }

    /// <summary>Runs it: exit 0 when every response matches its schema (and, with <paramref name="strict"/>, nothing drifted), 1 otherwise, 2 for unreadable inputs.</summary>
    public static async Task<int> RunAsync(string root, string? specsDirectory, string? report, bool strict, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
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
