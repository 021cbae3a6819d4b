using System.Collections.Concurrent;

namespace Seedance.Contracts.Tests.Http.TestKit;

/// <summary>
/// A clock the test drives. Timers due within <see cref="AutoFireUpTo"/> (retry backoff, Retry-After
/// waits) fire at once on the thread pool and move the clock forward by their due time, and their
/// due times are recorded in <see cref="AutoFired"/>; longer timers (call deadlines, attempt timeouts)
/// fire only when the test calls <see cref="Advance"/> or auto-fired waits move the clock past them.
/// Nothing sleeps, and no assertion depends on the wall clock.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Timers due within this fire by themselves. Zero means every timer waits for <see cref="Advance"/>.</summary>
    public TimeSpan AutoFireUpTo { get; set; } = TimeSpan.FromSeconds(61);

    /// <summary>Due times of the timers that fired by themselves, in order.</summary>
    public ConcurrentQueue<TimeSpan> AutoFired { get; } = new();

    /// <summary>Due times of every timer armed, in order.</summary>
    public ConcurrentQueue<TimeSpan> Armed { get; } = new();

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _now;
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock and fires every timer that became due.</summary>
    public void Advance(TimeSpan by)
    {
        List<ManualTimer> due;
        lock (_gate)
        {
            _now += by;
            due = _timers.Where(t => t.DueAt is { } at && at <= _now).ToList();
            foreach (var timer in due) timer.DueAt = null;
        }
        foreach (var timer in due) timer.Fire();
    }

    private void Arm(ManualTimer timer, TimeSpan dueTime)
    {
        lock (_gate)
        {
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                timer.DueAt = null;
                return;
            }
            Armed.Enqueue(dueTime);
            timer.DueAt = _now + dueTime;
            if (!_timers.Contains(timer)) _timers.Add(timer);
        }
        if (dueTime <= AutoFireUpTo && AutoFireUpTo > TimeSpan.Zero)
        {
            AutoFired.Enqueue(dueTime);
            ThreadPool.QueueUserWorkItem(_ => Advance(dueTime));
        }
    }

    private void Remove(ManualTimer timer)
    {
        lock (_gate) _timers.Remove(timer);
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private bool _disposed;
        public DateTimeOffset? DueAt { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (_disposed) return false;
            owner.Arm(this, dueTime);
            return true;
        }

        public void Fire()
        {
            if (!_disposed) callback(state);
        }

        public void Dispose()
        {
            _disposed = true;
            owner.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
