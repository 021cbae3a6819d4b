namespace Seedance.Contracts.Http;

/// <summary>
/// Marks the calls of a health probe, whose expected "not found" answer must not log at Information on
/// every probe. Flows with the async context into the handlers, like <see cref="System.Diagnostics.Activity.Current"/>.
/// </summary>
internal static class SeedanceProbeScope
{
    private static readonly AsyncLocal<bool> Active = new();

    /// <summary>True inside <see cref="Enter"/>.</summary>
    public static bool IsActive => Active.Value;

    /// <summary>Marks the calls made until the returned scope is disposed.</summary>
    public static IDisposable Enter()
    {
        Active.Value = true;
        return new Exit();
    }

    private sealed class Exit : IDisposable
    {
        public void Dispose() => Active.Value = false;
    }
}
