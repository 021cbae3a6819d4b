using Microsoft.Extensions.Time.Testing;

namespace Seedance.Testing.Tests;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that counts the timers armed on it, so a test advances the clock only
/// after the wait under test has started its delay (advancing earlier would leave the delay unfired).
/// </summary>
internal sealed class ArmedClock : FakeTimeProvider
{
    private int _armed;

    public int Armed => Volatile.Read(ref _armed);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Interlocked.Increment(ref _armed);
        return timer;
    }

    /// <summary>Waits (bounded) until <paramref name="count"/> timers have been armed.</summary>
    public Task UntilArmedAsync(int count) => Eventually.HoldsAsync(() => Armed >= count);
}

/// <summary>Waits for a condition with a bounded deadline instead of sleeping for a guessed time.</summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition)
    {
        var giveUp = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < giveUp, "the condition did not hold within 10 s");
            await Task.Delay(1);
        }
    }
}
