namespace Seedance.Conformance.Scenarios;

/// <summary>Keys and ids the scenarios send on purpose.</summary>
public static class ConformanceKeys
{
    /// <summary>
    /// The deliberately wrong key of the "bad key" scenarios. It is sent instead of the user's key (live
    /// too), and the 401 mappings match exactly this value, so a replayed 401 cannot hide a missing key.
    /// </summary>
    public const string InvalidKey = "sk-seedance-conformance-invalid-key-0000";

    /// <summary>The key sent in replay mode: any well-formed bearer token satisfies the mappings.</summary>
    public const string ReplayKey = "sk-seedance-conformance-replay";

    /// <summary>A task id no provider has issued, for the "unknown task id" scenarios.</summary>
    public const string UnknownTaskId = "seedance-conformance-unknown-task-0000";
}
