using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Seedance.Generated.Tests.Support;

/// <summary>What the server received: method, raw request target, headers and body bytes.</summary>
public sealed record CapturedRequest(string Method, string RawTarget, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>A header value (comma-joined when repeated), or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}

/// <summary>
/// Kestrel on 127.0.0.1 with an ephemeral port. Records every request and answers with the response
/// configured by <see cref="Respond"/>. Shared per test class (xUnit runs a class's tests one at a time).
/// </summary>
public sealed class CaptureServer : IAsyncLifetime
{
    private readonly object _gate = new();
    private readonly List<CapturedRequest> _requests = [];
    private WebApplication? _app;
    private int _status = 200;
    private byte[] _body = [];
    private string _contentType = "application/json";

    /// <summary>The base URL, e.g. <c>http://127.0.0.1:54321</c> (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Every request received since the last <see cref="Respond"/>.</summary>
    public IReadOnlyList<CapturedRequest> Requests
    {
        get { lock (_gate) return _requests.ToArray(); }
    }

    /// <summary>The single request received since the last <see cref="Respond"/>.</summary>
    public CapturedRequest SingleRequest => Assert.Single(Requests);

    /// <summary>Sets the next responses and forgets earlier requests.</summary>
    public void Respond(int status, string body, string contentType = "application/json")
    {
        lock (_gate)
        {
            _status = status;
            _body = Encoding.UTF8.GetBytes(body);
            _contentType = contentType;
            _requests.Clear();
        }
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
            int status;
            byte[] body;
            string contentType;
            lock (_gate)
            {
                _requests.Add(new CapturedRequest(context.Request.Method, rawTarget, headers, buffer.ToArray()));
                (status, body, contentType) = (_status, _body, _contentType);
            }
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });
        await app.StartAsync();
        _app = app;
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        BaseUrl = address.TrimEnd('/');
        Assert.StartsWith("http://127.0.0.1:", BaseUrl, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
