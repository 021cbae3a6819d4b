namespace Seedance.Conformance.Replay;

/// <summary>One request in the <see cref="RequestJournal"/>: what arrived and which mapping (if any) served it.</summary>
public sealed class JournalEntry
{
    internal JournalEntry(long sequence, DateTimeOffset timestamp, RecordedRequest request, StubMapping? mapping, string? unmatchedReport)
    {
        Id = Guid.NewGuid();
        Sequence = sequence;
        Timestamp = timestamp;
        Request = request;
        Mapping = mapping;
        UnmatchedReport = unmatchedReport;
    }

    /// <summary>A unique id (WireMock's serve event id).</summary>
    public Guid Id { get; }

    /// <summary>Arrival order, starting at 1 (survives <see cref="RequestJournal.Clear"/>).</summary>
    public long Sequence { get; }

    /// <summary>When the request was matched (before any delay or fault).</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The request (body capped at <see cref="ReplayHostOptions.JournalBodyLimit"/> bytes).</summary>
    public RecordedRequest Request { get; }

    /// <summary>The mapping that served the request, or null if none matched.</summary>
    public StubMapping? Mapping { get; }

    /// <summary>True when a mapping served the request.</summary>
    public bool WasMatched => Mapping is not null;

    /// <summary>The id of the mapping that served the request.</summary>
    public string? MappingId => Mapping?.Id;

    /// <summary>The name of the mapping that served the request.</summary>
    public string? MappingName => Mapping?.Name;

    /// <summary>For an unmatched request: what arrived and the closest mapping WireMock.Net found (its 404 body says only "No matching mapping found").</summary>
    public string? UnmatchedReport { get; }

    /// <summary>"METHOD url -> mapping", for messages.</summary>
    public override string ToString() => $"#{Sequence} {Request} -> {(Mapping is null ? "unmatched" : Mapping.DisplayName)}";
}
