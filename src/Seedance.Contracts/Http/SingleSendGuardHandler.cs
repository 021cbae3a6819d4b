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
        var (body, rest) = await ReadStartAsync(original, cancellationToken).ConfigureAwait(false);
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
            var content = new StreamContent(new PrefixedStream(body, rest));
            foreach (var header in contentHeaders) content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            response.Content = content;
        }
        return response;
    }

    /// <summary>
    /// Reads at most <see cref="ErrorCaptureHandler.MaxBufferedErrorBodyBytes"/> of an error body. Returns the
    /// stream positioned after them when the body goes on, or null when it was read whole (or broke).
    /// </summary>
    private static async Task<(byte[] Start, Stream? Remainder)> ReadStartAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null) return ([], null);
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var start = new MemoryStream();
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (start.Length < ErrorCaptureHandler.MaxBufferedErrorBodyBytes)
            {
                var room = (int)Math.Min(chunk.Length, ErrorCaptureHandler.MaxBufferedErrorBodyBytes - start.Length);
                var read = await stream.ReadAsync(chunk.AsMemory(0, room), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    await stream.DisposeAsync().ConfigureAwait(false);
                    return (start.ToArray(), null);
                }
                start.Write(chunk, 0, read);
            }
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            // The status is what matters; keep the part of the body that arrived.
            await stream.DisposeAsync().ConfigureAwait(false);
            return (start.ToArray(), null);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
        return (start.ToArray(), stream);
    }
}
