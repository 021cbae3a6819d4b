namespace Seedance.Contracts.Http;

/// <summary>
/// Lets an app's <see cref="HttpClient"/> serve as the transport under the SDK's handlers. The SDK
/// never disposes it: the app created it and may share it. An <see cref="HttpClient"/> refuses a
/// message that another client already sent (the SDK's own client did), so each request goes through
/// as a copy that shares the original's content, headers and options.
/// </summary>
internal sealed class HttpClientTransport(HttpClient client) : HttpMessageHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var copy = new HttpRequestMessage(request.Method, request.RequestUri)
        {
            Version = request.Version,
            VersionPolicy = request.VersionPolicy,
            Content = request.Content,
        };
        foreach (var header in request.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        var options = (IDictionary<string, object?>)copy.Options;
        foreach (var option in request.Options) options[option.Key] = option.Value;

        var response = await client.SendAsync(copy, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.RequestMessage = request;
        copy.Content = null; // the content belongs to the original request; disposing the copy must not dispose it
        return response;
    }
}
