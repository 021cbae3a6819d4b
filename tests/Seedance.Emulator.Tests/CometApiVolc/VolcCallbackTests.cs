using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Seedance.Contracts;
using Seedance.Contracts.AspNetCore;
using Seedance.Contracts.Providers.CometApiVolc;

namespace Seedance.Emulator.Tests.CometApiVolc;

/// <summary>
/// Ark's callback semantics on the Volc route: the task object on every status change, to an app endpoint
/// (<c>MapSeedanceCallbacks</c> on Kestrel) that the SDK protected with a token; resent when the app fails.
/// The emulator's clock is a manual <see cref="FakeTimeProvider"/>, so each transition happens on <c>Advance</c>.
/// </summary>
public sealed class VolcCallbackTests : IAsyncLifetime
{
    private readonly SeedanceCallbacks _callbacks = new(new SeedanceCallbackOptions { Secret = Encoding.UTF8.GetBytes("a-test-callback-secret-of-32-bytes-or-more") });
    private readonly ConcurrentQueue<VideoJobStatus> _handled = new();
    private readonly ConcurrentQueue<JsonNode> _failingEndpointBodies = new();
    private readonly FakeTimeProvider _clock = new();
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(_callbacks);
        _app = builder.Build();
        _app.MapSeedanceCallbacks("/hooks/seedance/{provider}", (callback, _) =>
        {
            _handled.Enqueue(callback.Status);
            return Task.FromResult(true);
        });
        // An endpoint that never answers 2xx, to see the resends.
        _app.MapPost("/failing", (Delegate)(async (HttpContext context) =>
        {
            _failingEndpointBodies.Enqueue((await JsonNode.ParseAsync(context.Request.Body))!);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }));
        await _app.StartAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Uri AppUrl(string path) => new(new Uri(_app.Urls.First()), path);

    [Fact]
    public async Task Every_status_change_reaches_the_apps_endpoint_and_the_sdk_reads_each()
    {
        await using var emulator = await VolcKit.StartAsync(_clock);
        using var client = new CometApiVolcJobClient(emulator.ApiKey, new CometApiVolcOptions
        {
            Http = new SeedanceClientOptions { BaseUrl = emulator.GetBaseUrl(VolcKit.Provider) },
            Callbacks = _callbacks,
        });

        var job = await client.SubmitAsync(VolcKit.Request(callbackUrl: AppUrl("/hooks/seedance/cometapi-volc")));
        await emulator.FlushCallbacksAsync();
        _clock.Advance(emulator.Options.QueueTime);
        await emulator.FlushCallbacksAsync();
        _clock.Advance(emulator.Options.RenderTime - emulator.Options.QueueTime);
        await emulator.FlushCallbacksAsync();

        Assert.Equal(["queued", "running", "succeeded"], _handled.Select(s => s.RawStatus));
        Assert.All(_handled, s => Assert.Equal(job.Id, s.JobId));
        Assert.NotNull(_handled.Last().VideoUrl);
    }

    [Fact]
    public async Task A_failed_jobs_last_callback_carries_arks_failure_code()
    {
        await using var emulator = await VolcKit.StartAsync(_clock);
        using var client = new CometApiVolcJobClient(emulator.ApiKey, new CometApiVolcOptions
        {
            Http = new SeedanceClientOptions { BaseUrl = emulator.GetBaseUrl(VolcKit.Provider) },
            Callbacks = _callbacks,
        });

        await client.SubmitAsync(VolcKit.Request($"A boat {PromptMarkers.Moderation}", AppUrl("/hooks/seedance/cometapi-volc")));
        _clock.Advance(emulator.Options.RenderTime);
        await emulator.FlushCallbacksAsync();

        // Running and failed were both due in that one advance, so they may arrive in either order.
        Assert.Equal(["failed", "queued", "running"], _handled.Select(s => s.RawStatus!).Order());
        var failed = Assert.Single(_handled, s => s.IsTerminal);
        Assert.Equal((VideoJobState.Failed, "OutputVideoSensitiveContentDetected"), (failed.State, failed.Error?.Code));
    }

    [Fact]
    public async Task A_callback_the_app_does_not_accept_is_sent_three_times_in_all()
    {
        // Long phases, so that only the queued callback is due while its resends are driven.
        await using var emulator = await VolcKit.StartAsync(_clock, o => (o.QueueTime, o.RenderTime) = (TimeSpan.FromHours(1), TimeSpan.FromHours(2)));
        using var client = emulator.CreateJobClient(VolcKit.Provider);

        await client.SubmitAsync(VolcKit.Request(callbackUrl: AppUrl("/failing")));
        // The resends wait 1 s, then 2 s on the emulator's clock; move it on until all three arrive (bounded).
        var deadline = Stopwatch.StartNew();
        while (_failingEndpointBodies.Count < 3 && deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            _clock.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Delay(20);
        }
        _clock.Advance(TimeSpan.FromSeconds(30));
        await emulator.FlushCallbacksAsync();

        Assert.Equal(3, _failingEndpointBodies.Count);
        Assert.All(_failingEndpointBodies, body => Assert.Equal("queued", (string)body["status"]!));
    }

    [Fact]
    public async Task A_job_without_a_callback_url_sends_nothing()
    {
        await using var emulator = await VolcKit.StartAsync(_clock);
        using var client = emulator.CreateJobClient(VolcKit.Provider);

        await client.SubmitAsync(VolcKit.Request());
        _clock.Advance(emulator.Options.RenderTime);
        await emulator.FlushCallbacksAsync();

        Assert.Empty(_handled);
        Assert.Empty(_failingEndpointBodies);
    }
}
