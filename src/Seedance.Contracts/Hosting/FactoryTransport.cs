using Microsoft.Extensions.Http;

namespace Seedance.Contracts.Hosting;

/// <summary>
/// The transport of a job client registered with <c>AddSeedance</c>: each request goes through the
/// handler chain IHttpClientFactory currently holds for the client's name. The job client is a
/// singleton, so keeping one <see cref="HttpClient"/> from the factory would pin one chain forever;
/// asking per request keeps the factory's handler rotation (DNS changes, the pooled connection
/// lifetime). The factory's chains are never disposed here: the factory owns them.
/// </summary>
internal sealed class FactoryTransport(IHttpMessageHandlerFactory factory, string name) : HttpMessageHandler
{
    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var invoker = new HttpMessageInvoker(factory.CreateHandler(name), disposeHandler: false);
        return invoker.SendAsync(request, cancellationToken);
    }
}
