namespace Seedance.Contracts.Http;

/// <summary>
/// The innermost handler of every SDK client, right above the one that writes to the socket: each of
/// the SDK's attempts goes on the wire at most once, whatever handlers the app put between the SDK's
/// retry layer and the socket (<c>AddStandardResilienceHandler</c>, a custom retrying handler, a
/// hedging handler). A second send of the same attempt is refused with <see cref="ReplayRefusedException"/>.
/// For a failed response it keeps the status, headers and the start of the body (bounded like the
/// error capture), so the refused replay can be answered with the same error.
/// </summary>
internal sealed class SingleSendGuardHandler : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.GetOption<SendLedger>() is not { } ledger)
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

        var attempt = request.GetSendNumber();
        if (!ledger.TryBeginSend(attempt))
            throw new ReplayRefusedException(ledger, ledger.OutcomeOf(attempt), $"send {attempt} of {request.Method} was already on the wire");

        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            ledger.Record(attempt, SentOutcome.Failed(exception));
            throw;
        }

        if (response.IsSuccessStatusCode)
        {
            // A success is not rebuilt for a refused replay (its body may be a video), so its status is all that is kept.
            ledger.Record(attempt, new SentOutcome(response.StatusCode, null, null, null, null));
            return response;
        }

        var original = response.Content;
        var (body, rest) = await BodyStart.ReadAsync(original, ErrorCaptureHandler.MaxBufferedErrorBodyBytes, keepPartialOnBreak: true, cancellationToken).ConfigureAwait(false);
        var contentHeaders = original is null ? [] : original.Headers.ToList();
        var outcome = new SentOutcome(response.StatusCode, [.. response.Headers], contentHeaders, body, null);
        ledger.Record(attempt, outcome);
        if (rest is null)
        {
            original?.Dispose();
            response.Content = outcome.RebuildResponse(request).Content;
        }
        else
        {
            // A long error body: the handlers above get all of it (the kept start, then the rest), so their
            // own bounded reads still see it as long.
            response.Content = BodyStart.Rebuild(body, rest, contentHeaders, keepLength: true);
        }
        return response;
    }
}
