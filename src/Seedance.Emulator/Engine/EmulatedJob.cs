using System.Text.Json.Nodes;

namespace Seedance.Emulator.Engine;

/// <summary>
/// One submitted job. Its status is computed from the clock on every read (no timer moves it), so a
/// <c>FakeTimeProvider</c> decides exactly what a poll sees; only cancellation is stored.
/// </summary>
internal sealed class EmulatedJob
{
    private readonly object _gate = new();
    private DateTimeOffset? _cancelledAt;
    private int _polls;
    private int _pollsAfterTerminal;
    private int _terminalSeen;

    public EmulatedJob(string provider, string id, DateTimeOffset submittedAt, EmulatedOutcome outcome, JobTimeline timeline)
    {
        Provider = provider;
        Id = id;
        SubmittedAt = submittedAt;
        Outcome = outcome;
        Timeline = timeline;
    }

    public string Provider { get; }

    public string Id { get; }

    public DateTimeOffset SubmittedAt { get; }

    public EmulatedOutcome Outcome { get; }

    public JobTimeline Timeline { get; }

    /// <summary>The model id as sent.</summary>
    public string Model { get; init; } = "";

    /// <summary>The prompt as sent (text content).</summary>
    public string Prompt { get; init; } = "";

    /// <summary>The callback URL the request carried, if any.</summary>
    public Uri? CallbackUrl { get; init; }

    /// <summary>The create request's body as the provider received it (JSON, or the multipart form's fields), for dialects that echo it.</summary>
    public JsonObject Request { get; init; } = [];

    /// <summary>Provider-specific values fixed at submit (seed, resolution, ratio, ...), read by the dialect.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    public DateTimeOffset? CancelledAt
    {
        get { lock (_gate) return _cancelledAt; }
    }

    public int Polls => Volatile.Read(ref _polls);

    public int PollsAfterTerminal => Volatile.Read(ref _pollsAfterTerminal);

    /// <summary>The phase at <paramref name="now"/>.</summary>
    public JobPhase PhaseAt(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_cancelledAt is { } cancelled && cancelled <= now) return JobPhase.Cancelled;
        }
        return Timeline.PhaseAt(now - SubmittedAt);
    }

    /// <summary>Progress in percent at <paramref name="now"/> (100 only when succeeded).</summary>
    public int ProgressAt(DateTimeOffset now) => PhaseAt(now) switch
    {
        JobPhase.Succeeded => 100,
        JobPhase.Queued => 0,
        _ => Timeline.ProgressAt(now - SubmittedAt),
    };

    /// <summary>When the job reached (or will reach) its terminal phase.</summary>
    public DateTimeOffset CompletedAt
    {
        get
        {
            lock (_gate) return _cancelledAt ?? SubmittedAt + Timeline.Total;
        }
    }

    /// <summary>Cancels a job that is not terminal yet. Returns false when it already is.</summary>
    public bool TryCancel(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_cancelledAt is not null || Timeline.PhaseAt(now - SubmittedAt).IsTerminal()) return false;
            _cancelledAt = now;
            return true;
        }
    }

    /// <summary>
    /// Counts a status read. The first read that sees the terminal phase is needed (that is how a client learns
    /// it); every later one is a client that should have stopped.
    /// </summary>
    public JobPhase RecordPoll(DateTimeOffset now)
    {
        var phase = PhaseAt(now);
        Interlocked.Increment(ref _polls);
        if (phase.IsTerminal() && Interlocked.Exchange(ref _terminalSeen, 1) == 1) Interlocked.Increment(ref _pollsAfterTerminal);
        return phase;
    }

    public EmulatedJobSnapshot Snapshot(DateTimeOffset now)
    {
        var phase = PhaseAt(now);
        return new(Provider, Id, Model, Outcome, phase.ToString(), SubmittedAt, phase.IsTerminal() ? CompletedAt : null, Polls, PollsAfterTerminal, CallbackUrl);
    }
}
