namespace Seedance.Contracts.Tests.JobKit;

/// <summary>
/// The download handler in tests: sends every request (whatever CDN host the spec example's video URL
/// names) to the replay host, keeping path and query, so the documented URLs stay untouched and the
/// journal shows exactly what the SDK asked the CDN for.
/// </summary>
internal sealed class RedirectToHostHandler(Uri host) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var original = request.RequestUri!;
        request.RequestUri = new UriBuilder(original) { Scheme = host.Scheme, Host = host.Host, Port = host.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
