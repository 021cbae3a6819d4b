namespace Seedance.Contracts.Http;

/// <summary>
/// Thrown by the SDK's handlers when a handler the app added tries to send an SDK request again on its
/// own (a retry, a hedge, a replay of the whole call). Deliberately not an <see cref="HttpRequestException"/>,
/// a timeout or a cancellation, so that no resilience handler counts it as transient: the app's layer
/// gives up at once, and the SDK turns the refusal back into the outcome of the send that did happen
/// (<see cref="Original"/>), so the caller sees the same typed error as for a single failure.
/// It never reaches a caller of the SDK.
/// </summary>
internal sealed class ReplayRefusedException : InvalidOperationException
{
    public ReplayRefusedException(SendLedger ledger, SentOutcome original, string where)
        : base($"Seedance refused to send a request again ({where}): only the SDK's own retry policy may resend, since a create call may already have started a paid job.")
    {
        Ledger = ledger;
        Original = original;
    }

    /// <summary>The call whose replay was refused.</summary>
    public SendLedger Ledger { get; }

    /// <summary>How the send that did happen ended.</summary>
    public SentOutcome Original { get; }
}
