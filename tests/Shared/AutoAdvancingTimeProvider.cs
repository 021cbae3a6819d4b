using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Seedance.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also moves itself forward for short waits: a timer created with a
/// due time up to <see cref="AutoFireUpTo"/> (retry backoff, <c>Retry-After</c>, poll intervals) advances the
/// clock by that due time on the thread pool, so it fires at once and the waits add up on the fake clock.
/// Longer timers (call deadlines, attempt timeouts) fire only when a test calls <see cref="FakeTimeProvider.Advance"/>.
/// It exists because FakeTimeProvider has no hook for "a timer was armed" (<see cref="FakeTimeProvider.AutoAdvanceAmount"/>
/// advances on clock reads, and <c>Task.Delay</c> never reads the clock), and the tests run the production
/// retry and poll policies unchanged without sleeping. <see cref="AutoFired"/> records the waits so tests can assert them.
/// </summary>
public sealed class AutoAdvancingTimeProvider : FakeTimeProvider
{
    /// <summary>Timers due within this span fire by themselves. Zero means every timer waits for <see cref="FakeTimeProvider.Advance"/>.</summary>
    public TimeSpan AutoFireUpTo { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Due times of the timers that fired by themselves, in the order they were armed.</summary>
    public ConcurrentQueue<TimeSpan> AutoFired { get; } = new();

    /// <summary>How far the clock has moved since it started (the total virtual wait).</summary>
    public TimeSpan Elapsed => GetUtcNow() - Start;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (AutoFireUpTo > TimeSpan.Zero && dueTime >= TimeSpan.Zero && dueTime <= AutoFireUpTo && period == Timeout.InfiniteTimeSpan)
        {
            AutoFired.Enqueue(dueTime);
            ThreadPool.UnsafeQueueUserWorkItem(_ => Advance(dueTime), null);
        }
        return timer;
    }
}
