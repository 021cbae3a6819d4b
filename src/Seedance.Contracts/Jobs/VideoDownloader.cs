using System.Buffers;
using System.Net;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Http;

namespace Seedance.Contracts.Jobs;

/// <summary>
/// Streams a finished video from its (usually signed, CDN-hosted) URL into a stream. It uses its own
/// <see cref="HttpClient"/>, never the provider pipeline: the URL's host is not the API's, and the API
/// key must never travel there. The body is copied through one pooled buffer as it arrives
/// (<see cref="HttpCompletionOption.ResponseHeadersRead"/>), so a video of any size costs a few
/// kilobytes of memory. URLs in messages lose their query string (the signature lives there).
/// </summary>
internal sealed class VideoDownloader : IDisposable
{
    /// <summary>The copy buffer: big enough to keep syscalls few, small enough to stay off the large-object heap.</summary>
    internal const int BufferSize = 64 * 1024;

    private readonly string _provider;
    private readonly HttpClient _http;
    private readonly Redactor _redactor;

    /// <param name="provider">The provider id, for messages.</param>
    /// <param name="handler">The transport the app gave (not disposed here: it may be shared), or null for the SDK's own.</param>
    /// <param name="redactor">Scrubs the key and URL queries from messages and logs.</param>
    /// <param name="wireHandlers">Handlers above the transport (the redacted per-send log line), or none.</param>
    public VideoDownloader(string provider, HttpMessageHandler? handler, Redactor redactor, IEnumerable<DelegatingHandler>? wireHandlers = null)
    {
        _provider = provider;
        _redactor = redactor;
        // Redirects are followed (CDNs redirect to edge hosts); SocketsHttpHandler drops Authorization on
        // redirect anyway, and none is ever set here. No decompression: videos are already compressed.
        HttpMessageHandler transport = handler is null
            ? new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 5 }
            : new NonDisposingHandler(handler);
        foreach (var wire in (wireHandlers ?? []).Reverse())
        {
            wire.InnerHandler = transport;
            transport = wire;
        }
        _http = new HttpClient(transport)
        {
            // The caller's token bounds the download; a fixed timeout would cut off large files on slow links.
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public async Task<long> DownloadAsync(Uri url, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(destination);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException($"The video URL must be an absolute http(s) URL, not '{_redactor.RedactUrl(url)}'.", nameof(url));
        if (!destination.CanWrite) throw new ArgumentException("The destination stream is not writable.", nameof(destination));

        var shown = _redactor.RedactUrl(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw Connection($"no response from {shown} ({exception.HttpRequestError})", exception, exception.HttpRequestError);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode) throw Status(response, shown);
            var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
            long copied = 0;
            try
            {
                Stream? body = null;
                try
                {
                    body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                    while (true)
                    {
                        int read;
                        try
                        {
                            read = await body.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false);
                        }
                        catch (Exception exception) when (exception is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
                        {
                            throw BrokenBody(shown, copied, exception);
                        }

                        if (read == 0) break;
                        // A failing destination (disk full, closed stream) surfaces as it is: it is not a network problem.
                        await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                        copied += read;
                    }
                }
                finally
                {
                    if (body is not null) await body.DisposeAsync().ConfigureAwait(false);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            if (response.Content.Headers.ContentLength is { } expected && expected != copied)
            {
                throw Connection($"the download from {shown} ended after {copied} of {expected} bytes", null, HttpRequestError.ResponseEnded);
            }

            return copied;
        }
    }

    public void Dispose() => _http.Dispose();

    private SeedanceConnectionException BrokenBody(string shown, long copied, Exception exception)
    {
        var error = (exception as HttpRequestException)?.HttpRequestError ?? HttpRequestError.ResponseEnded;
        return Connection($"the download from {shown} broke after {copied} bytes ({error})", exception, error);
    }

    private SeedanceConnectionException Connection(string what, Exception? inner, HttpRequestError error) =>
        new(_redactor.ScrubForLog($"Downloading the {_provider} video failed: {what}. Nothing usable was written; download again."),
            error, requestMayHaveBeenSent: true, new SeedanceErrorContext(Provider: _provider), inner);

    private SeedanceException Status(HttpResponseMessage response, string shown)
    {
        var status = response.StatusCode;
        var headers = _redactor.RedactHeaders(response.Headers.Concat(response.Content.Headers));
        var context = new SeedanceErrorContext(Provider: _provider, StatusCode: status, Headers: headers);
        var hint = (int)status is 401 or 403 or 404 or 410
            ? " Signed video URLs expire; call UpdateAsync for a fresh one, or the job's result may have been deleted (providers keep results about 24 h)."
            : string.Empty;
        var message = _redactor.ScrubForLog($"Downloading the {_provider} video failed: {shown} answered {(int)status} {response.ReasonPhrase}.{hint}");
        return (int)status switch
        {
            401 or 403 => new SeedanceAuthenticationException(message, context),
            404 or 410 => new SeedanceNotFoundException(message, context),
            429 => new SeedanceRateLimitException(message, context),
            >= 500 => new SeedanceServerException(message, context),
            _ => new SeedanceInvalidRequestException(message, context),
        };
    }
}
