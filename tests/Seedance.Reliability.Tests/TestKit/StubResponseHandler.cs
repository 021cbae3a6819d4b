using System.Net;
using System.Net.Http.Headers;

namespace Seedance.Reliability.Tests.TestKit;

/// <summary>
/// An in-memory primary handler: answers every request with the status, content type and body set on
/// it. Used as <c>SeedanceClientOptions.PrimaryHandler</c>, so a response goes through the whole SDK
/// pipeline (handlers, Kiota adapter, parse node, generated model, error translation) without a socket.
/// One instance serves one call at a time.
/// </summary>
internal sealed class StubResponseHandler : HttpMessageHandler
{
    /// <summary>The status to answer.</summary>
    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    /// <summary>The body to answer.</summary>
    public byte[] Body { get; set; } = [];

    /// <summary>The Content-Type to answer (null: none).</summary>
    public string? ContentType { get; set; } = "application/json";

    /// <summary>Requests seen.</summary>
    public int Requests { get; private set; }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        var content = new ByteArrayContent(Body);
        if (ContentType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        return Task.FromResult(new HttpResponseMessage(Status) { Content = content, RequestMessage = request });
    }
}
