using System.Buffers;
using System.Net;
using Seedance.Contracts.Errors;

namespace Seedance.Contracts.Http;

/// <summary>
/// Keeps what Kiota throws away. Kiota's <c>ApiException</c> has no body, and an unmapped status never
/// reads it, so for a non-2xx response this handler reads the body itself, at most
/// <see cref="MaxBufferedErrorBodyBytes"/> (a 50 MiB error page is never pulled into memory), stores it
/// with the status and redacted headers in the call's <see cref="ResponseCaptureOption"/>, and hands
/// Kiota a replayable copy so the generated error model can still be parsed. For a 2xx response it
/// only records the first <see cref="SeedanceException.MaxRawBodyBytes"/> as Kiota reads them, so a
/// body that fails to parse can be shown without buffering downloads.
/// </summary>
internal sealed class ErrorCaptureHandler : DelegatingHandler
{
    /// <summary>The most of an error body read into memory. 1 MiB: far above any JSON error, far below a stray download.</summary>
    public const int MaxBufferedErrorBodyBytes = 1024 * 1024;

    /// <summary>
    /// The largest success body the SDK lets Kiota parse when it is JSON, text or a form (Kiota's parse
    /// node factories read such a body whole before parsing). 16 MiB: far above any documented reply.
    /// A longer one (a 50 MiB page from a misconfigured proxy) fails as <see cref="Errors.SeedanceResponseFormatException"/>
    /// without being read: at once when <c>Content-Length</c> says so, else as soon as the limit is passed.
    /// Binary bodies (downloads) are not limited.
    /// </summary>
    public const long MaxParsedSuccessBodyBytes = 16L * 1024 * 1024;

    private readonly Redactor _redactor;
    private readonly TimeProvider _time;

    /// <summary>Creates the handler.</summary>
    public ErrorCaptureHandler(Redactor? redactor = null, TimeProvider? timeProvider = null)
    {
        _redactor = redactor ?? Redactor.Default;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var capture = request.GetOption<ResponseCaptureOption>();
        if (capture is null) return response;

        capture.StatusCode = response.StatusCode;
        capture.Headers = _redactor.RedactHeaders(AllHeaders(response));
        capture.RetryAfter = RetryAfter.Parse(response.Headers, _time.GetUtcNow());

        if (response.IsSuccessStatusCode)
        {
            if (IsJson(response.Content?.Headers.ContentType?.MediaType) && response.Content!.Headers.ContentLength is not (0 or > ErrorEnvelope.ProbeBytes))
            {
                // Peek for an error sent with a 2xx status; a longer body is handed on without being held.
                var original = response.Content;
                var (start, rest) = await BodyStart.ReadAsync(original, ErrorEnvelope.ProbeBytes, keepPartialOnBreak: false, cancellationToken).ConfigureAwait(false);
                if (rest is null)
                {
                    // The whole (small) body is in memory: it is the capture's raw body as it is, with no recording copy.
                    capture.SetBody(start, truncated: false);
                    if (ErrorEnvelope.Matches(start))
                    {
                        response.Dispose();
                        throw new ErrorEnvelopeException(response.StatusCode);
                    }
                    response.Content = BodyStart.Rebuild(start, null, original.Headers, keepLength: false);
                    original.Dispose();
                    return response;
                }
                response.Content = BodyStart.Rebuild(start, rest, original.Headers, keepLength: true);
            }
            if (response.Content is not null and not { Headers.ContentLength: 0 })
                response.Content = new RecordingContent(response.Content, capture, IsParsedMediaType(response.Content.Headers.ContentType?.MediaType) ? MaxParsedSuccessBodyBytes : null);
            return response;
        }

        var (body, truncated) = await ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        capture.SetBody(body, truncated);
        var replacement = new ByteArrayContent(body);
        if (response.Content is not null)
        {
            foreach (var header in response.Content.Headers)
            {
                // The copy has its own length; the encoding was already undone by the primary handler.
                if (header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
                replacement.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            response.Content.Dispose(); // stops reading a body we will not use
        }
        response.Content = replacement;
        return response;
    }

    private static bool IsJson(string? mediaType) =>
        mediaType is not null
        && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Media types Kiota reads whole into memory to parse (JSON, text, forms).</summary>
    private static bool IsParsedMediaType(string? mediaType) =>
        mediaType is not null
        && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<KeyValuePair<string, IEnumerable<string>>> AllHeaders(HttpResponseMessage response)
    {
        foreach (var header in response.Headers) yield return header;
        if (response.Content is null) yield break;
        foreach (var header in response.Content.Headers) yield return header;
    }

    /// <summary>Reads at most <see cref="MaxBufferedErrorBodyBytes"/>; a broken connection keeps what arrived.</summary>
    internal static async Task<(byte[] Body, bool Truncated)> ReadBoundedAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null) return ([], false);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var truncated = false;
        try
        {
            using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            while (true)
            {
                var room = MaxBufferedErrorBodyBytes - (int)buffer.Length;
                if (room == 0)
                {
                    // Probe one byte to tell "exactly the limit" from "more than the limit".
                    truncated = await stream.ReadAsync(chunk.AsMemory(0, 1), cancellationToken).ConfigureAwait(false) > 0;
                    break;
                }
                var read = await stream.ReadAsync(chunk.AsMemory(0, Math.Min(room, chunk.Length)), cancellationToken).ConfigureAwait(false);
                if (read == 0) break;
                buffer.Write(chunk, 0, read);
            }
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            truncated = true; // the status is what matters; keep the part of the body that arrived
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return (buffer.ToArray(), truncated);
    }
}
