using Seedance.Contracts.Errors;
using Seedance.Contracts.Http;
using Seedance.Contracts.Tests.Http.TestKit;

namespace Seedance.Contracts.Tests.Http;

public sealed class TimeoutTests
{
    private const string VideoJson = """{"id":"video_1","status":"queued"}""";

    /// <summary>A server whose requests hang until the test ends; <see cref="Received"/> completes on each arrival.</summary>
    private sealed class HangingScript
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Dictionary<int, TaskCompletionSource> _received = [];

        public Task Received(int number) => Slot(number).Task;

        public async Task Run(Microsoft.AspNetCore.Http.HttpContext context, int number, int hangUntil = int.MaxValue)
        {
            Slot(number).TrySetResult();
            if (number <= hangUntil)
            {
                try { await _release.Task.WaitAsync(context.RequestAborted); } catch (OperationCanceledException) { }
                return;
            }
            await ScriptedServer.Json(context, 200, VideoJson);
        }

        public void Release() => _release.TrySetResult();

        private TaskCompletionSource Slot(int number)
        {
            lock (_received)
            {
                if (!_received.TryGetValue(number, out var slot))
                    _received[number] = slot = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                return slot;
            }
        }
    }

    [Fact]
    public async Task Call_timeout_surfaces_as_seedance_timeout_exception()
    {
        var script = new HangingScript();
        await using var server = await ScriptedServer.StartAsync((ctx, n) => script.Run(ctx, n));
        var (pipeline, videos, time) = Pipelines.Create(server.BaseUrl, o => o.CallTimeout = TimeSpan.FromSeconds(100));
        using var _p = pipeline;

        var call = pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct));
        await script.Received(1);
        time.Advance(TimeSpan.FromSeconds(100));

        var error = await Assert.ThrowsAsync<SeedanceTimeoutException>(() => call);
        script.Release();
        Assert.Equal(SeedanceTimeoutKind.Call, error.Kind);
        Assert.Equal(TimeSpan.FromSeconds(100), error.Timeout);
        Assert.Equal("cometapi-videos", error.Provider);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
    }

    [Fact]
    public async Task Caller_cancellation_surfaces_as_operation_canceled_not_timeout()
    {
        var script = new HangingScript();
        await using var server = await ScriptedServer.StartAsync((ctx, n) => script.Run(ctx, n));
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;
        using var cts = new CancellationTokenSource();

        var call = pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct), cts.Token);
        await script.Received(1);
        await cts.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        script.Release();
        Assert.Equal(cts.Token, error.CancellationToken);
    }

    [Fact]
    public async Task Already_cancelled_token_sends_nothing()
    {
        await using var server = await ScriptedServer.StartAsync((ctx, n) => ScriptedServer.Json(ctx, 200, VideoJson));
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct), new CancellationToken(canceled: true)));
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task Call_timeout_covers_retry_waits()
    {
        // Three 60 s Retry-After waits add up past a 100 s deadline: the call ends as a timeout, not a fourth request.
        await using var server = await ScriptedServer.StartAsync((ctx, n) => ScriptedServer.Json(ctx, 503, "{}", ("Retry-After", "60")));
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        var error = await Assert.ThrowsAsync<SeedanceTimeoutException>(() =>
            pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct)));

        Assert.Equal(SeedanceTimeoutKind.Call, error.Kind);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task Call_timeout_handler_covers_direct_generated_client_use()
    {
        var script = new HangingScript();
        await using var server = await ScriptedServer.StartAsync((ctx, n) => script.Run(ctx, n));
        var (pipeline, videos, time) = Pipelines.Create(server.BaseUrl, o => o.CallTimeout = TimeSpan.FromSeconds(90));
        using var _p = pipeline;

        var call = videos.GetAsync("v");
        await script.Received(1);
        time.Advance(TimeSpan.FromSeconds(90));

        var error = await Assert.ThrowsAsync<SeedanceTimeoutException>(() => call);
        script.Release();
        Assert.Equal(SeedanceTimeoutKind.Call, error.Kind);
    }

    [Fact]
    public async Task Idempotent_attempt_timeout_is_retried()
    {
        var script = new HangingScript();
        await using var server = await ScriptedServer.StartAsync((ctx, n) => script.Run(ctx, n, hangUntil: 1));
        var (pipeline, videos, time) = Pipelines.Create(server.BaseUrl, o =>
        {
            o.Retry.AttemptTimeout = TimeSpan.FromSeconds(10);
            o.Retry.JitterRatio = 0;
        });
        time.AutoFireUpTo = TimeSpan.FromSeconds(1);
        using var _p = pipeline;

        var call = pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct));
        await script.Received(1);
        time.Advance(TimeSpan.FromSeconds(10));

        var video = await call;
        script.Release();
        Assert.Equal("video_1", video!.Id);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task Create_attempt_timeout_is_not_retried()
    {
        var script = new HangingScript();
        await using var server = await ScriptedServer.StartAsync((ctx, n) => script.Run(ctx, n));
        var (pipeline, videos, time) = Pipelines.Create(server.BaseUrl, o => o.Retry.AttemptTimeout = TimeSpan.FromSeconds(10));
        time.AutoFireUpTo = TimeSpan.FromSeconds(1);
        using var _p = pipeline;

        var call = pipeline.Call.InvokeAsync((scope, ct) => videos.PostAsync(new TestVideo(), scope.Apply, ct));
        await script.Received(1);
        time.Advance(TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<SeedanceTimeoutException>(() => call);
        script.Release();
        Assert.Equal(SeedanceTimeoutKind.Attempt, error.Kind);
        Assert.Equal(1, server.RequestCount);
        Assert.Contains("not retried", error.Message);
    }
}
