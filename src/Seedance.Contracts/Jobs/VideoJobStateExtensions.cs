namespace Seedance.Contracts;

/// <summary>Helpers on <see cref="VideoJobState"/>.</summary>
public static class VideoJobStateExtensions
{
    /// <summary>True for states a job never leaves.</summary>
    public static bool IsTerminal(this VideoJobState state) =>
        state is VideoJobState.Succeeded or VideoJobState.Failed or VideoJobState.Cancelled or VideoJobState.Expired;
}
