namespace Seedance.Contracts.Hosting;

/// <summary>
/// Marks the sends of a health probe (<see cref="Jobs.VideoJobClient.ProbeAsync"/>) on the current async
/// flow. A probe's expected answer is often an error status (the not-found reply to a status read of an
/// id that cannot exist), and a health check runs every few seconds: the per-send log line
/// (<see cref="Http.RedactingLoggingHandler"/>) consults this to write those answers at Debug instead of
/// Information, so a healthy app's logs stay quiet. An unhealthy result is still logged, by the health
/// check service, at Error.
/// </summary>
internal static class SeedanceProbeScope
{
    private static readonly AsyncLocal<bool> Active = new();

    /// <summary>True while a probe runs on this async flow (it flows into the handler chain, which runs on the caller's flow).</summary>
    public static bool IsActive => Active.Value;

    /// <summary>Marks this async flow as probing until the returned scope is disposed.</summary>
    public static Scope Enter()
    {
        var previous = Active.Value;
        Active.Value = true;
        return new Scope(previous);
    }

    /// <summary>Restores the flag the flow had before <see cref="Enter"/>.</summary>
    internal readonly struct Scope(bool previous) : IDisposable
    {
        public void Dispose() => Active.Value = previous;
    }
}
