namespace Seedance.Reliability.Tests.TestKit;

/// <summary>
/// A clock for the fault matrix: every timer due within <see cref="InstantThreshold"/> (backoff and
/// <c>Retry-After</c> waits, which the policy caps at 60 s) fires at once and moves the virtual clock
/// forward by its due time; longer timers (the per-call deadline) run on the real clock. So the matrix
/// uses the production retry policy unchanged, never sleeps, and can still report how long a call
/// would have waited (<see cref="Waited"/>).
/// </summary>
internal sealed class VirtualTimeProvider : TimeProvider
{
    private long _offsetTicks;
    private int _waits;

    /// <summary>Timers due within this span fire immediately (virtually).</summary>
    public TimeSpan InstantThreshold { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The total virtual time all instant timers stood for.</summary>
    public TimeSpan Waited => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>How many waits were taken.</summary>
    public int Waits => Volatile.Read(ref _waits);

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Waited;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (dueTime > TimeSpan.Zero && dueTime <= InstantThreshold && period == Timeout.InfiniteTimeSpan)
        {
            Interlocked.Add(ref _offsetTicks, dueTime.Ticks);
            Interlocked.Increment(ref _waits);
            var timer = new ManualTimer();
            ThreadPool.UnsafeQueueUserWorkItem(_ => { if (!timer.Disposed) callback(state); }, null);
            return timer;
        }
        return System.CreateTimer(callback, state, dueTime, period);
    }
}
