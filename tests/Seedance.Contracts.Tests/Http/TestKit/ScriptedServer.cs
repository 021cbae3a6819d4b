using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Seedance.Contracts.Tests.Http.TestKit;

/// <summary>A request as the loopback server saw it.</summary>
public sealed record SeenRequest(int Number, string Method, string PathAndQuery, string? Authorization, string Body);

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a random port. The script gets the 1-based request number,
/// so a test says "503 first, then 200" without shared state.
/// </summary>
public sealed class ScriptedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _count;

    private ScriptedServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public int RequestCount => Volatile.Read(ref _count);

    public ConcurrentQueue<SeenRequest> Requests { get; } = new();

    public static async Task<ScriptedServer> StartAsync(Func<HttpContext, int, Task> script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new ScriptedServer(app);
        app.Run(async context =>
        {
            var number = Interlocked.Increment(ref server._count);
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            server.Requests.Enqueue(new SeenRequest(number, context.Request.Method,
                context.Request.Path + context.Request.QueryString, context.Request.Headers.Authorization.ToString(), body));
            await script(context, number);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address);
        return server;
    }

    /// <summary>Writes a JSON body with a status.</summary>
    public static async Task Json(HttpContext context, int status, string json, params (string Name, string Value)[] headers)
    {
        context.Response.StatusCode = status;
        foreach (var (name, value) in headers) context.Response.Headers[name] = value;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
