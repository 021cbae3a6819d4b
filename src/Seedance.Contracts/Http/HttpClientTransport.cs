namespace Seedance.Contracts.Http;

/// <summary>
/// Lets an app's <see cref="HttpClient"/> serve as the transport under the SDK's handlers. The SDK
/// never disposes it: the app created it and may share it.
/// </summary>
internal sealed class HttpClientTransport(HttpClient client) : HttpMessageHandler
{
    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
}
