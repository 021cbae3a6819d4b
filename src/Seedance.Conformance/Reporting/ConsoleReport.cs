using System.Globalization;
using Seedance.Conformance.Coverage;
using Seedance.Conformance.Running;

namespace Seedance.Conformance.Reporting;

/// <summary>The human-readable output: a provider x scenario table, the coverage, and the totals line.</summary>
internal static class ConsoleReport
{
    /// <summary>Writes the report.</summary>
    public static void Write(TextWriter output, RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        output.WriteLine($"Seedance conformance ({summary.Mode})");
        foreach (var provider in summary.Results.GroupBy(r => r.Provider))
        {
            output.WriteLine();
            output.WriteLine($"{provider.Key}  ({Counts(provider)})");
            var width = provider.Max(r => r.Operation.Length + r.Case.Length + 1);
            foreach (var result in provider)
            {
                var label = $"{result.Operation}/{result.Case}".PadRight(width);
                var time = result.Outcome == ScenarioOutcome.Skipped ? "" : $"{result.Duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),6} ms";
                var message = result.Message is null ? "" : "  " + result.Message;
                output.WriteLine($"  {Tag(result.Outcome)}  {label}  {time,9}{message}");
            }
        }

        output.WriteLine();
        output.WriteLine("Providers x outcome");
        output.WriteLine($"  {"provider",-18} {"passed",7} {"failed",7} {"skipped",8}");
        foreach (var provider in summary.Results.GroupBy(r => r.Provider))
        {
            output.WriteLine($"  {provider.Key,-18} {provider.Count(r => r.Outcome == ScenarioOutcome.Passed),7} {provider.Count(r => r.Outcome == ScenarioOutcome.Failed),7} {provider.Count(r => r.Outcome == ScenarioOutcome.Skipped),8}");
        }

        var drift = summary.Drift;
        if (drift.Count > 0) WriteDrift(output, drift);
        if (summary.Coverage is { } coverage) WriteCoverage(output, coverage);
        output.WriteLine();
        output.WriteLine($"{summary.Passed} passed, {summary.Failed} failed, {summary.Skipped} skipped, {drift.Count} drift");
    }

    /// <summary>The drift table: per provider and operation, one line per item.</summary>
    public static void WriteDrift(TextWriter output, IReadOnlyList<Schemas.DriftItem> drift)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(drift);
        output.WriteLine();
        output.WriteLine($"Drift ({drift.Count}): what the responses carried that the spec does not describe");
        foreach (var group in drift.GroupBy(d => (d.Provider, d.Operation)))
        {
            output.WriteLine($"  {group.Key.Provider}/{group.Key.Operation}");
            foreach (var item in group)
            {
                var where = item.Pointer.Length == 0 ? "" : " " + item.Pointer;
                output.WriteLine($"    {item.Kind,-10} {item.Status}{where}: {item.Detail}{(item.Source is null ? "" : $"  [{item.Source}]")}");
            }
        }
    }

    private static void WriteCoverage(TextWriter output, CoverageReport coverage)
    {
        output.WriteLine();
        var (oc, os, om) = coverage.Count(operations: true);
        var (sc, ss, sm) = coverage.Count(operations: false);
        output.WriteLine($"Coverage: operations {oc} covered, {os} skipped, {om} missing; documented statuses {sc} covered, {ss} skipped, {sm} missing");
        foreach (var provider in coverage.Items.Where(i => i.Status is null).GroupBy(i => i.Provider))
        {
            var lines = provider.Select(op =>
            {
                var statuses = coverage.Items.Where(i => i.Provider == op.Provider && i.Operation == op.Operation && i.Status is not null)
                    .Select(i => i.State switch { CoverageState.Covered => i.Status, CoverageState.Skipped => i.Status + "(skipped)", _ => i.Status + "(MISSING)" });
                return $"{op.Operation} [{string.Join(" ", statuses)}]";
            });
            output.WriteLine($"  {provider.Key,-18} {string.Join("  ", lines)}");
        }
        foreach (var item in coverage.Items.Where(i => i.State == CoverageState.Skipped)) output.WriteLine($"  skipped  {item.Name}: {item.Detail}");
        foreach (var item in coverage.Missing) output.WriteLine($"  MISSING  {item.Name}: {item.Detail}");
        foreach (var stale in coverage.StaleSkips) output.WriteLine($"  STALE    {stale}");
    }

    private static string Counts(IEnumerable<ScenarioResult> results)
    {
        var list = results.ToList();
        return $"{list.Count(r => r.Outcome == ScenarioOutcome.Passed)} passed, {list.Count(r => r.Outcome == ScenarioOutcome.Failed)} failed, {list.Count(r => r.Outcome == ScenarioOutcome.Skipped)} skipped";
    }

    private static string Tag(ScenarioOutcome outcome) => outcome switch
    {
        ScenarioOutcome.Passed => "pass",
        ScenarioOutcome.Failed => "FAIL",
        _ => "skip",
    };
}
