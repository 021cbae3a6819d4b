namespace Seedance.Conformance.Drivers;

/// <summary>The driver of every operation in the specs (the coverage check fails for an operation without one).</summary>
internal static class OperationDrivers
{
    private static readonly OperationDriver[] All =
    [
        new CometApiVideosCreateVideoDriver(),
        new CometApiVideosGetVideoDriver(),
        new CometApiVolcCreateTaskDriver(),
        new CometApiVolcGetTaskDriver(),
        new AceDataSeedanceCreateVideoDriver(),
        new AceDataSeedanceQueryTasksDriver(),
        new Seedance2InkCreateGenerationDriver(),
        new Seedance2InkGetGenerationDriver(),
        new Seedance2InkCancelGenerationDriver(),
        new Seedance2InkListModelsDriver(),
    ];

    /// <summary>The driver for an operation, or null.</summary>
    public static OperationDriver? For(string provider, string operationId) =>
        All.FirstOrDefault(d => d.Provider == provider && d.OperationId == operationId);
}
