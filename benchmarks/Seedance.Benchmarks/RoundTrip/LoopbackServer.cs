using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Seedance.Benchmarks.RoundTrip;

/// <summary>
/// The smallest server the round trip can run against: Kestrel on 127.0.0.1 with one terminal
/// middleware (no routing, no logging, no DI beyond what Kestrel needs) that answers Seedance2.ink's
/// create route and status route with fixed bytes. Every client row pays exactly the same server cost,
/// so the differences between rows are the clients'.
/// </summary>
/// <remarks>
/// Deliberately not the conformance replay host: that one matches request patterns, journals every
/// request and is being rewritten; here the server must do no per-request work beyond writing bytes.
/// </remarks>
internal sealed class LoopbackServer : IAsyncDisposable
{
    /// <summary>The create route; the status route is this plus <c>/{requestId}</c>.</summary>
    public const string CreatePath = "/api/open/v1/video/generations";

    private readonly WebApplication _app;
    private readonly byte[] _createdBody;
    private readonly byte[] _statusBody;
    private readonly List<CapturedRequest> _captured = [];
    private volatile bool _capturing;

    private LoopbackServer(WebApplication app, byte[] createdBody, byte[] statusBody)
    {
        _app = app;
        _createdBody = createdBody;
        _statusBody = statusBody;
    }

    /// <summary>The server's base URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Starts the server answering POST <see cref="CreatePath"/> and GET <see cref="CreatePath"/>/{id}.</summary>
    public static async Task<LoopbackServer> StartAsync(byte[] createdBody, byte[] statusBody)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LoopbackServer(app, createdBody, statusBody);
        app.Run(server.Respond);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    /// <summary>
    /// Records every request (method, path, Authorization header, body) until <see cref="StopCapture"/>:
    /// for the setup's check that every client sends the same thing. Off while measuring.
    /// </summary>
    public void StartCapture()
    {
        lock (_captured) _captured.Clear();
        _capturing = true;
    }

    /// <summary>Stops recording and returns what was recorded since <see cref="StartCapture"/>.</summary>
    public IReadOnlyList<CapturedRequest> StopCapture()
    {
        _capturing = false;
        lock (_captured) return [.. _captured];
    }

    private Task Respond(HttpContext context)
    {
        var request = context.Request;
        var body = HttpMethods.IsPost(request.Method) && request.Path.Equals(CreatePath) ? _createdBody
            : HttpMethods.IsGet(request.Method) && request.Path.StartsWithSegments(CreatePath, out var rest) && rest.Value!.LastIndexOf('/') == 0 ? _statusBody
            : null;
        if (_capturing) return CaptureThenAnswerAsync(context, body);
        return AnswerAsync(context.Response, body);
    }

    private static Task AnswerAsync(HttpResponse response, byte[]? body)
    {
        if (body is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, 0, body.Length);
    }

    private async Task CaptureThenAnswerAsync(HttpContext context, byte[]? body)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        lock (_captured)
        {
            _captured.Add(new CapturedRequest(context.Request.Method, context.Request.Path.Value ?? "",
                context.Request.Headers.Authorization.ToString(), text));
        }
        await AnswerAsync(context.Response, body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request as the server saw it, while capturing.</summary>
internal sealed record CapturedRequest(string Method, string Path, string Authorization, string Body);
