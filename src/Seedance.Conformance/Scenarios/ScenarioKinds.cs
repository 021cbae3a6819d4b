namespace Seedance.Conformance.Scenarios;

/// <summary>The values of <c>metadata.seedance.kind</c>, <c>cost</c> and <c>live</c>.</summary>
public static class ScenarioKinds
{
    /// <summary>One documented response of one operation, generated from the spec.</summary>
    public const string Operation = "operation";

    /// <summary>A hand-written multi-step scenario (submit, polls, cancel) driven through the job client.</summary>
    public const string Lifecycle = "lifecycle";

    /// <summary>A documented provider misbehaviour, kept as its own scenario.</summary>
    public const string Quirk = "quirk";

    /// <summary>Running it against the real API costs nothing.</summary>
    public const string Free = "free";

    /// <summary>Running it against the real API creates a paid job.</summary>
    public const string Spend = "spend";

    /// <summary>Live policy: run against the real API (with <c>--allow-spend</c> when it costs).</summary>
    public const string LiveRun = "run";

    /// <summary>Live policy: the condition cannot be produced on demand; replay only.</summary>
    public const string LiveReplayOnly = "replay-only";

    /// <summary>Request key: the user's (or the test's) key.</summary>
    public const string ValidKey = "valid";

    /// <summary>Request key: <see cref="ConformanceKeys.InvalidKey"/>, never the user's.</summary>
    public const string InvalidKey = "invalid";

    /// <summary>Request key: none at all (no Authorization header).</summary>
    public const string NoKey = "none";
}
