namespace Seedance.Emulator.Engine;

/// <summary>The fixed schedule of one job: queued, then running with a progress curve, then its end.</summary>
internal sealed class JobTimeline
{
    private readonly Func<double, int> _curve;

    public JobTimeline(TimeSpan queue, TimeSpan total, JobPhase end, Func<double, int>? curve)
    {
        Queue = queue < TimeSpan.Zero ? TimeSpan.Zero : queue;
        Total = total < Queue ? Queue : total;
        End = end;
        _curve = curve ?? (f => (int)Math.Floor(f * 100));
    }

    public TimeSpan Queue { get; }

    public TimeSpan Total { get; }

    /// <summary>The terminal phase: Succeeded, Failed or Expired.</summary>
    public JobPhase End { get; }

    public JobPhase PhaseAt(TimeSpan elapsed) =>
        elapsed >= Total ? End
        : elapsed >= Queue ? JobPhase.Running
        : JobPhase.Queued;

    public int ProgressAt(TimeSpan elapsed)
    {
        var running = Total - Queue;
        if (running <= TimeSpan.Zero) return 0;
        var fraction = Math.Clamp((elapsed - Queue).TotalMilliseconds / running.TotalMilliseconds, 0, 1);
        return Math.Clamp(_curve(fraction), 0, 99);
    }

    /// <summary>The times (from submit) at which the phase changes, in order, with the phase entered.</summary>
    public IEnumerable<(TimeSpan At, JobPhase Phase)> Transitions()
    {
        if (Queue > TimeSpan.Zero && Queue < Total) yield return (Queue, JobPhase.Running);
        yield return (Total, End);
    }
}
