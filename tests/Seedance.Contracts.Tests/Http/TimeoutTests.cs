using Seedance.Contracts.Errors;
using Seedance.Contracts.Http;
using Seedance.Contracts.Tests.Http.TestKit;

namespace Seedance.Contracts.Tests.Http;

public sealed class TimeoutTests
{
    private const string VideoJson = """{"id":"video_1","status":"queued"}""";

    [Fact]
    public async Task Call_timeout_surfaces_as_seedance_timeout_exception()
    {
        await using var server = await Scripted.StartAsync(Scripted.Hang());
        var (pipeline, videos, time) = Pipelines.Create(server.BaseUrl, o => o.CallTimeout = TimeSpan.FromSeconds(100));
        using var _p = pipeline;

        var call = pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct));
        await server.Received(1);
        time.Advance(TimeSpan.FromSeconds(100));

        var error = await Assert.ThrowsAsync<SeedanceTimeoutException>(() => call);
        Assert.Equal(SeedanceTimeoutKind.Call, error.Kind);
        Assert.Equal(TimeSpan.FromSeconds(100), error.Timeout);
        Assert.Equal("cometapi-videos", error.Provider);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
    }

    [Fact]
    public async Task Caller_cancellation_surfaces_as_operation_canceled_not_timeout()
    {
        await using var server = await Scripted.StartAsync(Scripted.Hang());
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;
        using var cts = new CancellationTokenSource();

        var call = pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct), cts.Token);
        await server.Received(1);
        await cts.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cts.Token, error.CancellationToken);
    }

    [Fact]
    public async Task Already_cancelled_token_sends_nothing()
    {
        await using var server = await Scripted.StartAsync(Scripted.Json(200, VideoJson));
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct), new CancellationToken(canceled: true)));
        Assert.Equal(0, server.RequestCount());
    }

    [Fact]
    public async Task Call_timeout_covers_retry_waits()
    {
        // Three 60 s Retry-After waits add up past a 100 s deadline: the call ends as a timeout, not a fourth request.
        await using var server = await Scripted.StartAsync(Scripted.Json(503, "{}", ("Retry-After", "60")));
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        var error = await Assert.ThrowsAsync<SeedanceTimeoutException>(() =>
            pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct)));

        Assert.Equal(SeedanceTimeoutKind.Call, error.Kind);
        Assert.Equal(2, server.RequestCount());
    }

    [Fact]
    public async Task Call_timeout_handler_covers_direct_generated_client_use()
    {
        await using var server = await Scripted.StartAsync(Scripted.Hang());
        var (pipeline, videos, time) = Pipelines.Create(server.BaseUrl, o => o.CallTimeout = TimeSpan.FromSeconds(90));
        using var _p = pipeline;

        var call = videos.GetAsync("v");
        await server.Received(1);
        time.Advance(TimeSpan.FromSeconds(90));

        var error = await Assert.ThrowsAsync<SeedanceTimeoutException>(() => call);
        Assert.Equal(SeedanceTimeoutKind.Call, error.Kind);
    }

    [Fact]
    public async Task Idempotent_attempt_timeout_is_retried()
    {
        await using var server = await Scripted.StartAsync(Scripted.Hang(), Scripted.Json(200, VideoJson));
        var (pipeline, videos, time) = Pipelines.Create(server.BaseUrl, o =>
        {
            o.Retry.AttemptTimeout = TimeSpan.FromSeconds(10);
            o.Retry.JitterRatio = 0;
        });
        time.AutoFireUpTo = TimeSpan.FromSeconds(1);
        using var _p = pipeline;

        var call = pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct));
        await server.Received(1);
        time.Advance(TimeSpan.FromSeconds(10));

        var video = await call;
        Assert.Equal("video_1", video!.Id);
        Assert.Equal(2, server.RequestCount());
    }

    [Fact]
    public async Task Create_attempt_timeout_is_not_retried()
    {
        await using var server = await Scripted.StartAsync(Scripted.Hang());
        var (pipeline, videos, time) = Pipelines.Create(server.BaseUrl, o => o.Retry.AttemptTimeout = TimeSpan.FromSeconds(10));
        time.AutoFireUpTo = TimeSpan.FromSeconds(1);
        using var _p = pipeline;

        var call = pipeline.Call.InvokeAsync((scope, ct) => videos.PostAsync(new TestVideo(), scope.Apply, ct));
        await server.Received(1);
        time.Advance(TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<SeedanceTimeoutException>(() => call);
        Assert.Equal(SeedanceTimeoutKind.Attempt, error.Kind);
        Assert.Equal(1, server.RequestCount());
        Assert.Contains("not retried", error.Message);
    }
}
