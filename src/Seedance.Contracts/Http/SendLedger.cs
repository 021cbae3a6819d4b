using System.Net;
using Microsoft.Kiota.Abstractions;

namespace Seedance.Contracts.Http;

/// <summary>
/// One per SDK call, carried in the request options so it survives every clone a handler makes
/// (Kiota copies request options into <see cref="HttpRequestMessage.Options"/>, and the resilience
/// handlers of Microsoft.Extensions.Http.Resilience copy the options into each retry's clone). It
/// records which of the SDK's own attempts have gone on the wire and how each ended, so that a
/// handler the app added around or inside the SDK's pipeline can never put the same attempt on the
/// wire twice: <see cref="SingleSendGuardHandler"/> refuses the second send, and
/// <see cref="SeedanceResilienceHandler"/> refuses to run a second time for the same call. Only the
/// SDK's own retry policy, which knows whether a create may have started a paid job, decides.
/// </summary>
internal sealed class SendLedger : IRequestOption
{
    private readonly object _gate = new();
    private readonly Dictionary<int, SentOutcome> _sent = [];
    private int _retryLayerEntered;
    private int _sendNumbers;

    /// <summary>The outcome the SDK's retry layer returned for this call, once it has returned.</summary>
    public SentOutcome? Final { get; private set; }

    /// <summary>The ledger of a request, attached on first sight (a request that did not come through <see cref="SeedanceCall"/>).</summary>
    public static SendLedger Of(HttpRequestMessage request)
    {
        if (request.GetOption<SendLedger>() is { } ledger) return ledger;
        ledger = new SendLedger();
        request.SetOption(ledger);
        return ledger;
    }

    /// <summary>True the first time the SDK's retry layer runs for this call; false when a layer outside it replays the call.</summary>
    public bool TryEnterRetryLayer() => Interlocked.Exchange(ref _retryLayerEntered, 1) == 0;

    /// <summary>Records what the retry layer returned, for a replay that is refused later.</summary>
    public void Finish(SentOutcome outcome) => Final = outcome;

    /// <summary>A new number for a send the SDK wants (an attempt, or a redirect hop of one).</summary>
    public int NextSendNumber() => Interlocked.Increment(ref _sendNumbers);

    /// <summary>True when send <paramref name="attempt"/> has not been on the wire yet (and marks it as sent).</summary>
    public bool TryBeginSend(int attempt)
    {
        lock (_gate)
        {
            if (_sent.ContainsKey(attempt)) return false;
            _sent[attempt] = SentOutcome.InFlight;
            return true;
        }
    }

    /// <summary>How send <paramref name="attempt"/> ended on the wire.</summary>
    public SentOutcome OutcomeOf(int attempt)
    {
        lock (_gate) return _sent.TryGetValue(attempt, out var outcome) ? outcome : SentOutcome.InFlight;
    }

    /// <summary>Records how send <paramref name="attempt"/> ended on the wire.</summary>
    public void Record(int attempt, SentOutcome outcome)
    {
        lock (_gate) _sent[attempt] = outcome;
    }
}

/// <summary>
/// How one send ended: a response (its status, headers and the start of its body, enough to rebuild
/// the same typed error), a transport failure, or nothing yet. Success bodies are never buffered:
/// they can be videos.
/// </summary>
internal sealed record SentOutcome(HttpStatusCode? Status, IReadOnlyList<KeyValuePair<string, IEnumerable<string>>>? Headers,
    IReadOnlyList<KeyValuePair<string, IEnumerable<string>>>? ContentHeaders, byte[]? Body, Exception? Failure)
{
    /// <summary>The send started and has not ended (or its end was not seen).</summary>
    public static SentOutcome InFlight { get; } = new(null, null, null, null, null);

    /// <summary>A failure outcome.</summary>
    public static SentOutcome Failed(Exception failure) => new(null, null, null, null, failure);

    /// <summary>True when a response arrived and its body is kept, so the response can be rebuilt.</summary>
    public bool CanRebuildResponse => Status is not null && Body is not null;

    /// <summary>A fresh copy of the response that ended the send.</summary>
    public HttpResponseMessage RebuildResponse(HttpRequestMessage request)
    {
        var response = new HttpResponseMessage(Status!.Value) { RequestMessage = request, Content = new ByteArrayContent(Body!) };
        foreach (var header in Headers ?? []) response.Headers.TryAddWithoutValidation(header.Key, header.Value);
        foreach (var header in ContentHeaders ?? [])
        {
            if (header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
            response.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        return response;
    }
}
