using System.Collections.Specialized;
using WireMock.Logging;

namespace Seedance.Conformance.Replay;

/// <summary>
/// Every request the replay host received, in arrival order (admin API calls excluded). Fed by
/// WireMock.Net's request log (<c>LogEntriesChanged</c>), which records a request after matching and
/// before the response is written. Thread-safe: readers get snapshots.
/// </summary>
public sealed class RequestJournal
{
    private readonly ReplayHost _host;
    private readonly object _gate = new();
    private readonly List<JournalEntry> _entries = [];
    private readonly List<(Func<JournalEntry, bool> Predicate, TaskCompletionSource<JournalEntry> Tcs)> _waiters = [];
    private long _sequence;

    internal RequestJournal(ReplayHost host)
    {
        _host = host;
    }

    /// <summary>
    /// Raised after each request is recorded, on the request's thread. Unlike <see cref="Requests"/> it
    /// survives <see cref="Clear"/> (which WireMock's admin resets call between scenarios), so a caller
    /// can observe a whole run of many scenarios. Handlers must be quick and must not throw.
    /// </summary>
    public event Action<JournalEntry>? Recorded;

    /// <summary>A snapshot of all entries, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Requests
    {
        get { lock (_gate) return _entries.ToArray(); }
    }

    /// <summary>A snapshot of the entries no mapping matched, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Unmatched
    {
        get { lock (_gate) return _entries.Where(e => !e.WasMatched).ToArray(); }
    }

    /// <summary>How many requests were received.</summary>
    public int Count()
    {
        lock (_gate) return _entries.Count;
    }

    /// <summary>How many entries satisfy <paramref name="predicate"/>.</summary>
    public int Count(Func<JournalEntry, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return Requests.Count(predicate);
    }

    /// <summary>Removes all entries (and WireMock.Net's request log).</summary>
    public void Clear()
    {
        lock (_gate) _entries.Clear();
        _host.Server.ResetLogEntries();
    }

    /// <summary>
    /// Completes with the first entry (already recorded or arriving later) that satisfies
    /// <paramref name="predicate"/>; lets a test wait for a request without sleeping.
    /// </summary>
    public Task<JournalEntry> WaitForAsync(Func<JournalEntry, bool> predicate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        lock (_gate)
        {
            var existing = _entries.FirstOrDefault(predicate);
            if (existing is not null) return Task.FromResult(existing);
            var tcs = new TaskCompletionSource<JournalEntry>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((predicate, tcs));
            if (cancellationToken.CanBeCanceled)
            {
                cancellationToken.Register(() =>
                {
                    lock (_gate) _waiters.RemoveAll(w => w.Tcs == tcs);
                    tcs.TrySetCanceled(cancellationToken);
                });
            }
            return tcs.Task;
        }
    }

    internal void OnLogEntriesChanged(object? sender, NotifyCollectionChangedEventArgs e)
    {
        if (e.Action != NotifyCollectionChangedAction.Add || e.NewItems is null) return;
        foreach (var item in e.NewItems.OfType<ILogEntry>())
        {
            if (item.RequestMessage is not { } message || message.Path.StartsWith("/__admin", StringComparison.Ordinal)) continue;
            var request = RecordedRequest.From(message).Capped(_host.Options.JournalBodyLimit);
            var mapping = _host.FindMapping(item.MappingGuid);
            var report = mapping is not null ? null : UnmatchedReport(item, request);
            Add(DateTimeOffset.UtcNow, request, mapping, report);
        }
    }

    private string UnmatchedReport(ILogEntry entry, RecordedRequest request)
    {
        var closest = _host.FindMapping(entry.PartialMappingGuid);
        return $"No stub mapping matched {request}" + (closest is null ? "" : $"; closest: {closest.DisplayName}");
    }

    internal JournalEntry Add(DateTimeOffset timestamp, RecordedRequest request, StubMapping? mapping, string? unmatchedReport)
    {
        List<(JournalEntry, TaskCompletionSource<JournalEntry>)> fire = [];
        JournalEntry entry;
        lock (_gate)
        {
            entry = new JournalEntry(++_sequence, timestamp, request, mapping, unmatchedReport);
            _entries.Add(entry);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Predicate(entry))
                {
                    fire.Add((entry, _waiters[i].Tcs));
                    _waiters.RemoveAt(i);
                }
            }
        }
        foreach (var (e, tcs) in fire) tcs.TrySetResult(e);
        Recorded?.Invoke(entry);
        return entry;
    }
}
