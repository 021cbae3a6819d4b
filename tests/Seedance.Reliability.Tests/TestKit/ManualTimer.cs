namespace Seedance.Reliability.Tests.TestKit;

/// <summary>
/// The timer a test clock hands out when it decides itself when the callback runs (at once, or on
/// an event): it only records disposal, so a callback queued for a timer already disposed is skipped.
/// </summary>
internal sealed class ManualTimer : ITimer
{
    private volatile bool _disposed;

    public bool Disposed => _disposed;

    public bool Change(TimeSpan dueTime, TimeSpan period) => false;

    public void Dispose() => _disposed = true;

    public ValueTask DisposeAsync()
    {
        _disposed = true;
        return ValueTask.CompletedTask;
    }
}
