using Seedance.Conformance.Coverage;
using Seedance.Conformance.Specs;
using static Seedance.Conformance.Tests.ConformanceSupport;

namespace Seedance.Conformance.Tests;

/// <summary>Every operation and documented status has a scenario, or a reasoned entry on the skip list.</summary>
public class CoverageTests
{
    private static readonly SpecSet Specs = SpecSet.Load(Paths.SpecsDirectory);

    [Fact]
    public void Every_operation_and_documented_status_is_covered_or_skipped_with_a_reason()
    {
        var report = CoverageReport.Compute(Specs, Catalog, CoverageSkip.Load(Paths.CoverageSkipsFile));
        Assert.True(report.IsComplete,
            "Uncovered: " + string.Join("; ", report.Missing.Select(m => $"{m.Name} ({m.Detail})").Concat(report.StaleSkips)) +
            ". Add an example to the spec (then regenerate the recordings) or an entry with a reason to Recordings/coverage-skips.json.");
    }

    [Fact]
    public void A_status_without_a_scenario_is_missing_until_it_is_skipped_with_a_reason()
    {
        var without = Catalog.Where(s => !(s.Provider == "acedata-seedance" && s.Operation == "createVideo" && s.Definition.Status == "413")).ToList();

        var missing = CoverageReport.Compute(Specs, without, []);
        Assert.False(missing.IsComplete);
        Assert.Equal("acedata-seedance/createVideo 413", Assert.Single(missing.Missing).Name);

        var skipped = CoverageReport.Compute(Specs, without, [new CoverageSkip { Provider = "acedata-seedance", Operation = "createVideo", Status = "413", Reason = "test" }]);
        Assert.True(skipped.IsComplete);
        Assert.Contains(skipped.Items, i => i is { State: CoverageState.Skipped, Status: "413", Detail: "test" });
    }

    [Fact]
    public void An_operation_without_scenarios_is_missing_and_a_stale_skip_fails()
    {
        var without = Catalog.Where(s => !(s.Provider == "seedance2-ink" && s.Operation == "listModels")).ToList();
        var report = CoverageReport.Compute(Specs, without, [new CoverageSkip { Provider = "cometapi-volc", Operation = "getTask", Status = "200", Reason = "covered anyway" }]);

        Assert.Contains(report.Missing, m => m.Name == "seedance2-ink/listModels");
        Assert.Contains(report.Missing, m => m.Name == "seedance2-ink/listModels 401");
        Assert.Single(report.StaleSkips);
        Assert.False(report.IsComplete);
    }

    [Fact]
    public void A_skip_without_a_reason_is_refused()
    {
        var file = Path.Combine(TestSupport.TempRoot(), "skips.json");
        File.WriteAllText(file, """[{"provider":"seedance2-ink","operation":"listModels","status":"400"}]""");
        Assert.Throws<InvalidDataException>(() => CoverageSkip.Load(file));
    }
}
