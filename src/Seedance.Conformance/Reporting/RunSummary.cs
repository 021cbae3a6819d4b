using Seedance.Conformance.Coverage;
using Seedance.Conformance.Running;

namespace Seedance.Conformance.Reporting;

/// <summary>Everything one run produced: the results and the coverage of the recordings.</summary>
/// <param name="Mode">replay, wiremock, live, record or prism.</param>
/// <param name="Results">One per selected scenario, in catalog order.</param>
/// <param name="Coverage">Coverage of the specs by the recordings, or null when not computed.</param>
internal sealed record RunSummary(string Mode, IReadOnlyList<ScenarioResult> Results, CoverageReport? Coverage)
{
    /// <summary>Results that passed.</summary>
    public int Passed => Results.Count(r => r.Outcome == ScenarioOutcome.Passed);

    /// <summary>Results that failed.</summary>
    public int Failed => Results.Count(r => r.Outcome == ScenarioOutcome.Failed);

    /// <summary>Results that were skipped.</summary>
    public int Skipped => Results.Count(r => r.Outcome == ScenarioOutcome.Skipped);

    /// <summary>Every drift item of the run, in scenario order.</summary>
    public IReadOnlyList<Schemas.DriftItem> Drift => Results.SelectMany(r => r.Drift).ToList();

    /// <summary>True when nothing failed and the coverage is complete.</summary>
    public bool Succeeded => Failed == 0 && (Coverage?.IsComplete ?? true);
}
