namespace Seedance.Contracts.Http;

/// <summary>
/// Marks the boundary between the SDK's own handlers (and Kiota's, whose redirect handler legitimately
/// sends a new message per hop) and whatever the app added below them: every message that reaches it
/// is a send the SDK wants, so it gets a fresh send number. A handler below that sends the same
/// message again, or a clone of it (the clone copies the options, and with them the number), is caught
/// by <see cref="SingleSendGuardHandler"/>.
/// </summary>
internal sealed class SendStamperHandler : DelegatingHandler
{
    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.GetOption<SendLedger>() is { } ledger) request.SetSendNumber(ledger.NextSendNumber());
        return base.SendAsync(request, cancellationToken);
    }
}
