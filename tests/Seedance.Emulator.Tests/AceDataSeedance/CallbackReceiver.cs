using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Seedance.Contracts;
using Seedance.Contracts.AspNetCore;

namespace Seedance.Emulator.Tests;

/// <summary>
/// An app's webhook endpoint as an app would write it: Kestrel with <c>MapSeedanceCallbacks</c> and a
/// <see cref="SeedanceCallbacks"/> in DI. It records every status the SDK parsed, and counts every POST that
/// arrived (also those it answered with an error), so tests can assert resends. Provider-neutral.
/// </summary>
internal sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _posts;

    private CallbackReceiver(WebApplication app, SeedanceCallbacks callbacks)
    {
        _app = app;
        Callbacks = callbacks;
    }

    /// <summary>The receiver's token checker; give it to the SDK client (<c>VideoJobClientOptions.Callbacks</c>).</summary>
    public SeedanceCallbacks Callbacks { get; }

    /// <summary>The statuses the handler got, in arrival order.</summary>
    public ConcurrentQueue<VideoJobStatus> Received { get; } = new();

    /// <summary>Every POST that reached the endpoint, handled or not.</summary>
    public int Posts => Volatile.Read(ref _posts);

    /// <summary>When set, every callback is answered 500 before it is read (an app that is down).</summary>
    public bool Failing { get; set; }

    /// <summary>The callback URL for one provider, without the token (the SDK adds it).</summary>
    public Uri Url(string provider) => new(new Uri(_app.Urls.First()), $"/hooks/seedance/{provider}");

    public static async Task<CallbackReceiver> StartAsync()
    {
        var callbacks = new SeedanceCallbacks(new SeedanceCallbackOptions { Secret = Encoding.UTF8.GetBytes("an-emulator-test-secret-of-32-bytes-or-more") });
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(callbacks);
        var app = builder.Build();
        var receiver = new CallbackReceiver(app, callbacks);
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref receiver._posts);
            if (receiver.Failing)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            }
            await next(context);
        });
        app.MapSeedanceCallbacks("/hooks/seedance/{provider}", (callback, _) =>
        {
            receiver.Received.Enqueue(callback.Status);
            return Task.FromResult(true);
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
