namespace Seedance.Reliability.Tests.TestKit;

/// <summary>
/// A clock for the delay-past-timeout cell: timers of exactly <see cref="GatedDueTime"/> (the per-call
/// deadline) fire as soon as <see cref="Arrived"/> is called, that is when the server holds the request,
/// and never before. On the real clock a short deadline could pass before a loaded CI machine even
/// delivered the request, and the cell would see no attempt at all; gated, the cell asserts the same
/// ordering every time (request received, then deadline) without depending on machine speed or sleeping.
/// Every other timer runs on the real clock.
/// </summary>
internal sealed class ArrivalGatedTimeProvider(TimeSpan gatedDueTime) : TimeProvider
{
    private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _gatedTimers;

    /// <summary>The due time of the timers this clock holds back until arrival.</summary>
    public TimeSpan GatedDueTime { get; } = gatedDueTime;

    /// <summary>How many gated timers were created (a cell that never armed the deadline proves nothing).</summary>
    public int GatedTimers => Volatile.Read(ref _gatedTimers);

    /// <summary>The server has the request: gated timers fire now.</summary>
    public void Arrived() => _arrived.TrySetResult();

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (dueTime != GatedDueTime || period != Timeout.InfiniteTimeSpan) return System.CreateTimer(callback, state, dueTime, period);

        Interlocked.Increment(ref _gatedTimers);
        var timer = new ManualTimer();
        _arrived.Task.ContinueWith(_ => { if (!timer.Disposed) callback(state); }, CancellationToken.None,
            TaskContinuationOptions.None, TaskScheduler.Default);
        return timer;
    }
}
