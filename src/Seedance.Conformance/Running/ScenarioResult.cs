namespace Seedance.Conformance.Running;

/// <summary>One scenario's result; one object of the JSON report.</summary>
/// <param name="Scenario">The scenario name.</param>
/// <param name="Provider">The provider id.</param>
/// <param name="Operation">The operationId, or <c>lifecycle</c>.</param>
/// <param name="Case">The case.</param>
/// <param name="Kind">operation, lifecycle or quirk.</param>
/// <param name="Mode">replay, wiremock, live or prism.</param>
/// <param name="Outcome">Passed, failed or skipped.</param>
/// <param name="Duration">How long it ran.</param>
/// <param name="Message">Why it failed or was skipped; null when it passed.</param>
internal sealed record ScenarioResult(
    string Scenario,
    string Provider,
    string Operation,
    string Case,
    string Kind,
    string Mode,
    ScenarioOutcome Outcome,
    TimeSpan Duration,
    string? Message)
{
    /// <summary>What the responses carried that the spec does not describe (docs/conformance.md, "Schema and drift").</summary>
    public IReadOnlyList<Schemas.DriftItem> Drift { get; init; } = [];
}
