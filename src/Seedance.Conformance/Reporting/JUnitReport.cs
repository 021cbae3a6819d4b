using System.Globalization;
using System.Xml.Linq;
using Seedance.Conformance.Running;

namespace Seedance.Conformance.Reporting;

/// <summary>
/// <c>--junit FILE</c>: one <c>testsuite</c> per provider, one <c>testcase</c> per scenario; a scenario's
/// drift goes to its <c>system-out</c>, one line per item (JUnit has no place for a warning).
/// </summary>
internal static class JUnitReport
{
    /// <summary>The JUnit XML document.</summary>
    public static XDocument Build(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var suites = new XElement("testsuites",
            new XAttribute("name", $"seedance-conformance ({summary.Mode})"),
            new XAttribute("tests", summary.Results.Count),
            new XAttribute("failures", summary.Failed),
            new XAttribute("skipped", summary.Skipped),
            new XAttribute("time", Seconds(summary.Results.Aggregate(TimeSpan.Zero, (t, r) => t + r.Duration))));
        foreach (var provider in summary.Results.GroupBy(r => r.Provider))
        {
            var suite = new XElement("testsuite",
                new XAttribute("name", provider.Key),
                new XAttribute("tests", provider.Count()),
                new XAttribute("failures", provider.Count(r => r.Outcome == ScenarioOutcome.Failed)),
                new XAttribute("errors", 0),
                new XAttribute("skipped", provider.Count(r => r.Outcome == ScenarioOutcome.Skipped)),
                new XAttribute("time", Seconds(provider.Aggregate(TimeSpan.Zero, (t, r) => t + r.Duration))));
            foreach (var result in provider)
            {
                var testCase = new XElement("testcase",
                    new XAttribute("classname", $"{result.Provider}.{result.Operation}"),
                    new XAttribute("name", result.Scenario),
                    new XAttribute("time", Seconds(result.Duration)));
                if (result.Outcome == ScenarioOutcome.Failed) testCase.Add(new XElement("failure", new XAttribute("message", result.Message ?? "failed"), result.Message));
                if (result.Outcome == ScenarioOutcome.Skipped) testCase.Add(new XElement("skipped", new XAttribute("message", result.Message ?? "skipped")));
                if (result.Drift.Count > 0) testCase.Add(new XElement("system-out", string.Join("\n", result.Drift.Select(d => "drift: " + d))));
                suite.Add(testCase);
            }
            suites.Add(suite);
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", null), suites);
    }

    /// <summary>Writes the XML to <paramref name="path"/> (directories created).</summary>
    public static async Task WriteAsync(string path, RunSummary summary, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var stream = File.Create(path);
        await Build(summary).SaveAsync(stream, SaveOptions.None, cancellationToken).ConfigureAwait(false);
    }

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
