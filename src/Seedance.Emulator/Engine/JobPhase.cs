namespace Seedance.Emulator.Engine;

/// <summary>Where an emulated job is, provider-neutral; each dialect turns it into the provider's own status word.</summary>
internal enum JobPhase
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
    Expired,
}

internal static class JobPhaseExtensions
{
    public static bool IsTerminal(this JobPhase phase) => phase >= JobPhase.Succeeded;
}
