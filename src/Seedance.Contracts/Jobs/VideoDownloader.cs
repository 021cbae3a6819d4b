using System.Net;
using System.Net.Http.Headers;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Http;

namespace Seedance.Contracts.Jobs;

/// <summary>
/// Opens a finished video's (usually signed, CDN-hosted) URL. It uses its own <see cref="HttpClient"/>,
/// never the provider pipeline: the URL's host is not the API's, and the API key must never travel
/// there. Only GET is ever sent: a signed URL's signature covers the method, so a HEAD would be refused
/// (and would count as a use). Bodies are read as they arrive (<see cref="HttpCompletionOption.ResponseHeadersRead"/>).
/// URLs in messages lose their query string (the signature lives there). <see cref="VideoTransfer"/>
/// copies, resumes and renews on top of <see cref="OpenAsync"/>.
/// </summary>
internal sealed class VideoDownloader : IDisposable
{
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

    /// <summary>
    /// Sends the GET (a range from <paramref name="offset"/> when it is not 0, guarded by <paramref name="ifRange"/>)
    /// and returns the open body. A server that answers a range request with 200 (it ignores ranges, or the
    /// file changed and <c>If-Range</c> failed) gives a download at offset 0.
    /// </summary>
    public async Task<VideoDownload> OpenAsync(Uri url, long offset, string? ifRange, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException($"The video URL must be an absolute http(s) URL, not '{_redactor.RedactUrl(url)}'.", nameof(url));

        var shown = _redactor.RedactUrl(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (offset > 0)
        {
            request.Headers.Range = new RangeHeaderValue(offset, null);
            if (ifRange is not null)
            {
                request.Headers.IfRange = ifRange.StartsWith('"')
                    ? new RangeConditionHeaderValue(new EntityTagHeaderValue(ifRange))
                    : DateTimeOffset.TryParse(ifRange, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date)
                        ? new RangeConditionHeaderValue(date)
                        : null;
            }
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw Connection($"no response from {shown} ({exception.HttpRequestError})", exception, exception.HttpRequestError);
        }

        try
        {
            if (!response.IsSuccessStatusCode) throw Status(response, shown);
            var headers = response.Content.Headers;
            var ranged = response.StatusCode == HttpStatusCode.PartialContent;
            var start = ranged ? headers.ContentRange?.From ?? -1 : 0;
            if (ranged && start != offset)
                throw Connection($"{shown} answered a range request for byte {offset} with bytes from {start}", null, HttpRequestError.InvalidResponse);
            var total = ranged ? headers.ContentRange?.Length : headers.ContentLength;
            var etag = response.Headers.ETag is { IsWeak: false } strong ? strong.Tag : null;
            var validator = etag ?? headers.LastModified?.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new VideoDownload(body, headers.ContentType?.MediaType, headers.ContentLength, start, total, validator, response);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    public void Dispose() => _http.Dispose();

    private SeedanceConnectionException Connection(string what, Exception? inner, HttpRequestError error) =>
        VideoTransfer.ConnectionError(_provider, _redactor.ScrubForLog(what), inner, error);

    private SeedanceException Status(HttpResponseMessage response, string shown)
    {
        var status = response.StatusCode;
        var headers = _redactor.RedactHeaders(response.Headers.Concat(response.Content.Headers));
        var context = new SeedanceErrorContext(Provider: _provider, StatusCode: status, Headers: headers);
        var expired = (int)status is 401 or 403 or 404 or 410;
        var hint = expired
            ? " Signed video URLs expire, and providers delete results after about a day; a fresh URL comes with the job's status while the result is kept."
            : string.Empty;
        var message = _redactor.ScrubForLog($"Downloading the {_provider} video failed: {shown} answered {(int)status} {response.ReasonPhrase}.{hint}");
        return (int)status switch
        {
            _ when expired => new SeedanceOutputExpiredException(message, context),
            429 => new SeedanceRateLimitException(message, context),
            >= 500 => new SeedanceServerException(message, context),
            _ => new SeedanceInvalidRequestException(message, context),
        };
    }
}
