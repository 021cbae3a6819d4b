namespace Seedance.Conformance.Running;

/// <summary>How a scenario ended.</summary>
internal enum ScenarioOutcome
{
    /// <summary>Every check held.</summary>
    Passed,

    /// <summary>A check failed, or the scenario could not run.</summary>
    Failed,

    /// <summary>Not run, for the reason in <see cref="ScenarioResult.Message"/>.</summary>
    Skipped,
}
