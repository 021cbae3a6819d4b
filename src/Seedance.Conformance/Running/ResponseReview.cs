using Seedance.Conformance.Drivers;
using Seedance.Conformance.Scenarios;
using Seedance.Conformance.Schemas;

namespace Seedance.Conformance.Running;

/// <summary>
/// Checks every response a scenario saw (each poll of a lifecycle too) against the spec: schema
/// violations become problems, the rest is drift. With <c>--strict</c> drift is a problem as well.
/// </summary>
/// <param name="Checker">The spec checker.</param>
/// <param name="Strict">Drift fails the scenario.</param>
internal sealed record ResponseReview(ResponseChecker Checker, bool Strict)
{
    /// <summary>Reviews the exchanges of one scenario; adds problems and returns the drift.</summary>
    public List<DriftItem> Review(Scenario scenario, IReadOnlyList<RecordedExchange> exchanges, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(exchanges);
        ArgumentNullException.ThrowIfNull(problems);
        var drift = new List<DriftItem>();
        foreach (var exchange in exchanges)
        {
            var verdict = Checker.Check(scenario.Provider, exchange.Method, exchange.Url.AbsolutePath, exchange.Status, exchange.ResponseHeaders, exchange.ResponseBody);
            problems.AddRange(verdict.Violations.Select(v => v.ToString()));
            drift.AddRange(verdict.Drift.Select(d => d with { Source = scenario.Name }));
        }
        // One report per place: a lifecycle's polls repeat the same drift.
        drift = drift.DistinctBy(d => (d.Operation, d.Kind, d.Status, d.Pointer)).ToList();
        if (Strict) problems.AddRange(drift.Select(d => $"drift (--strict): {d.Kind} {d.Operation} {d.Status}{(d.Pointer.Length == 0 ? "" : " " + d.Pointer)}: {d.Detail}"));
        return drift;
    }
}
