using System.Net;
using System.Net.Sockets;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Http;
using Seedance.Contracts.Tests.Http.TestKit;

namespace Seedance.Contracts.Tests.Http;

public sealed class RetryPolicyTests
{
    private const string VideoJson = """{"id":"video_1","status":"queued"}""";

    private static ResponseDefinition Error(int status, int number) =>
        Scripted.Json(status, $$$"""{"error":{"code":"upstream_error","message":"attempt {{{number}}} failed"}}""");

    /// <summary>Four failures, one per attempt (the default policy sends at most four); the last repeats.</summary>
    private static Step[] Errors(int status) => [.. Enumerable.Range(1, 4).Select(n => (Step)Error(status, n))];

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Get_is_retried_on_status_and_succeeds(int status)
    {
        await using var server = await Scripted.StartAsync(Error(status, 1), Scripted.Json(200, VideoJson));
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        var video = await pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("video_1", scope.Apply, ct));

        Assert.Equal("video_1", video!.Id);
        Assert.Equal(2, server.RequestCount());
    }

    [Theory]
    [InlineData(500, typeof(SeedanceServerException))]
    [InlineData(502, typeof(SeedanceServerException))]
    [InlineData(503, typeof(SeedanceServerException))]
    [InlineData(504, typeof(SeedanceServerException))]
    [InlineData(408, typeof(SeedanceTimeoutException))]
    public async Task Create_post_is_not_retried_on_status(int status, Type expected)
    {
        await using var server = await Scripted.StartAsync(Errors(status));
        var (pipeline, videos, time) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        var error = await Assert.ThrowsAnyAsync<SeedanceException>(() =>
            pipeline.Call.InvokeAsync((scope, ct) => videos.PostAsync(new TestVideo { Id = "x" }, scope.Apply, ct)));

        Assert.IsType(expected, error);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(1, server.RequestCount());
        Assert.Empty(time.AutoFired);
    }

    [Fact]
    public async Task Create_post_is_retried_on_429_with_the_same_body()
    {
        await using var server = await Scripted.StartAsync(Error(429, 1), Scripted.Json(200, VideoJson));
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        var video = await pipeline.Call.InvokeAsync(RequestSafety.Create,
            (scope, ct) => videos.PostAsync(new TestVideo { Id = "new", Status = "draft" }, scope.Apply, ct));

        Assert.Equal("video_1", video!.Id);
        var seen = server.Journal.Requests.ToArray();
        Assert.Equal(2, seen.Length);
        Assert.Equal(seen[0].BodyText(), seen[1].BodyText());
        Assert.Contains("\"draft\"", seen[1].BodyText());
        Assert.All(seen, r => Assert.Equal("Bearer " + Pipelines.FakeKey, r.Authorization()));
    }

    [Fact]
    public async Task Post_marked_idempotent_is_retried_on_503()
    {
        // AceData's POST /seedance/tasks is a read: the provider client marks it idempotent.
        await using var server = await Scripted.StartAsync(Error(503, 1), Scripted.Json(200, VideoJson));
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        await pipeline.Call.InvokeAsync(RequestSafety.Idempotent, (scope, ct) => videos.PostAsync(new TestVideo(), scope.Apply, ct));

        Assert.Equal(2, server.RequestCount());
    }

    [Fact]
    public async Task Create_post_is_retried_when_the_connection_failed_before_sending()
    {
        await using var server = await Scripted.StartAsync(Scripted.Json(200, VideoJson));
        var flaky = new FlakyConnectHandler(failures: 1, HttpRequestError.ConnectionError);
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl, o => o.PrimaryHandler = flaky);
        using var _p = pipeline;

        var video = await pipeline.Call.InvokeAsync((scope, ct) => videos.PostAsync(new TestVideo(), scope.Apply, ct));

        Assert.Equal("video_1", video!.Id);
        Assert.Equal(2, flaky.Attempts);
        Assert.Equal(1, server.RequestCount());
    }

    [Fact]
    public async Task Create_post_is_not_retried_when_the_connection_resets_after_sending()
    {
        await using var server = await Scripted.StartAsync(Faults.ConnectionReset());
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        var error = await Assert.ThrowsAsync<SeedanceConnectionException>(() =>
            pipeline.Call.InvokeAsync((scope, ct) => videos.PostAsync(new TestVideo(), scope.Apply, ct)));

        Assert.True(error.RequestMayHaveBeenSent);
        Assert.Equal(1, server.RequestCount());
        Assert.Null(error.StatusCode);
        Assert.Equal("cometapi-videos", error.Provider);
    }

    [Fact]
    public async Task Get_is_retried_when_the_connection_resets_after_sending()
    {
        await using var server = await Scripted.StartAsync(Faults.ConnectionReset(), Scripted.Json(200, VideoJson));
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        var video = await pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("video_1", scope.Apply, ct));

        Assert.Equal("video_1", video!.Id);
        Assert.Equal(2, server.RequestCount());
    }

    [Fact]
    public async Task Closed_port_exhausts_retries_and_reports_the_request_was_not_sent()
    {
        var closed = ClosedPort();
        var (pipeline, videos, time) = Pipelines.Create(closed, o => o.Retry.JitterRatio = 0);
        using var _p = pipeline;

        var error = await Assert.ThrowsAsync<SeedanceConnectionException>(() =>
            pipeline.Call.InvokeAsync((scope, ct) => videos.PostAsync(new TestVideo(), scope.Apply, ct)));

        Assert.Equal(HttpRequestError.ConnectionError, error.Error);
        Assert.False(error.RequestMayHaveBeenSent);
        Assert.Equal([0.5, 1.0, 2.0], time.AutoFired.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task Retry_after_in_seconds_is_honoured()
    {
        await using var server = await Scripted.StartAsync(Scripted.Json(503, "{}", ("Retry-After", "7")), Scripted.Json(200, VideoJson));
        var (pipeline, videos, time) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        await pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct));

        Assert.Equal([TimeSpan.FromSeconds(7)], time.AutoFired);
    }

    [Fact]
    public async Task Retry_after_as_http_date_is_honoured()
    {
        await using var server = await ReplayHost.StartAsync();
        var (pipeline, videos, time) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;
        server.ServeSteps(Scripted.AnyRequest(),
            Scripted.Json(429, "{}", ("Retry-After", time.GetUtcNow().AddSeconds(30).ToString("r"))),
            Scripted.Json(200, VideoJson));

        await pipeline.Call.InvokeAsync((scope, ct) => videos.PostAsync(new TestVideo(), scope.Apply, ct));

        Assert.Equal([TimeSpan.FromSeconds(30)], time.AutoFired);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Retry_after_beyond_the_cap_fails_at_once_with_the_rate_limit_error(string method)
    {
        await using var server = await Scripted.StartAsync(Scripted.Json(429,
            """{"error":{"code":"too_many_requests","message":"You have exceeded the rate limit."},"trace_id":"t-1"}""", ("Retry-After", "3600")));
        var (pipeline, videos, time) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        var error = await Assert.ThrowsAsync<SeedanceRateLimitException>(() => method == "GET"
            ? pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct))
            : pipeline.Call.InvokeAsync((scope, ct) => videos.PostAsync(new TestVideo(), scope.Apply, ct)));

        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Equal(1, server.RequestCount());
        Assert.Empty(time.AutoFired);
        Assert.Equal("too_many_requests", error.ProviderCode);
        Assert.Contains("retry after 3600 s", error.Message);
    }

    [Fact]
    public async Task Exhausted_retries_surface_the_typed_exception_of_the_last_response_with_exact_backoff()
    {
        await using var server = await Scripted.StartAsync(Errors(503));
        var (pipeline, videos, time) = Pipelines.Create(server.BaseUrl, o => o.Retry.JitterRatio = 0);
        using var _p = pipeline;

        var error = await Assert.ThrowsAsync<SeedanceServerException>(() =>
            pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct)));

        Assert.Equal(4, server.RequestCount());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal("attempt 4 failed", error.ProviderMessage);
        Assert.Contains("attempt 4 failed", error.RawBody);
        Assert.IsType<TestError>(error.InnerException);
        Assert.Equal([0.5, 1.0, 2.0], time.AutoFired.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task Exhausted_retries_without_seedance_call_return_the_last_response_not_an_aggregate_exception()
    {
        await using var server = await Scripted.StartAsync(Errors(502));
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        // Straight through the generated client: Kiota raises the mapped error model for the last response.
        var error = await Assert.ThrowsAsync<TestError>(() => videos.GetAsync("v"));

        Assert.Equal(502, error.ResponseStatusCode);
        Assert.Equal("attempt 4 failed", error.Error!.Message);
    }

    [Fact]
    public async Task Jittered_backoff_stays_within_bounds()
    {
        await using var server = await Scripted.StartAsync(Errors(500));
        var (pipeline, videos, time) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        await Assert.ThrowsAsync<SeedanceServerException>(() => pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct)));

        var delays = time.AutoFired.ToArray();
        Assert.Equal(3, delays.Length);
        double[] full = [0.5, 1, 2];
        for (var i = 0; i < delays.Length; i++)
            Assert.InRange(delays[i].TotalSeconds, full[i] * 0.75, full[i]);
    }

    [Fact]
    public async Task Exhausted_429_on_get_carries_the_last_retry_after()
    {
        await using var server = await Scripted.StartAsync([.. Enumerable.Range(1, 4).Select(n => (Step)Scripted.Json(429, "{}", ("Retry-After", n.ToString())))]);
        var (pipeline, videos, time) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        var error = await Assert.ThrowsAsync<SeedanceRateLimitException>(() => pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct)));

        Assert.Equal(4, server.RequestCount());
        Assert.Equal(TimeSpan.FromSeconds(4), error.RetryAfter);
        Assert.Equal([1.0, 2.0, 3.0], time.AutoFired.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task Max_retries_zero_sends_once()
    {
        await using var server = await Scripted.StartAsync(Errors(503));
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl, o => o.Retry = RetryOptions.None);
        using var _p = pipeline;

        await Assert.ThrowsAsync<SeedanceServerException>(() => pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct)));

        Assert.Equal(1, server.RequestCount());
    }

    [Fact]
    public async Task Delete_is_retried_like_a_read()
    {
        await using var server = await Scripted.StartAsync(Error(500, 1), new ResponseDefinition { Status = 204 });
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        await pipeline.Call.InvokeAsync((scope, ct) => videos.DeleteAsync("v", scope.Apply, ct));

        Assert.Equal(2, server.RequestCount());
        Assert.All(server.Journal.Requests, r => Assert.Equal("DELETE", r.Request.Method));
    }

    [Fact]
    public async Task Create_post_is_not_retried_on_unknown_transport_error()
    {
        await using var server = await Scripted.StartAsync(Scripted.Json(200, VideoJson));
        var flaky = new FlakyConnectHandler(failures: 1, HttpRequestError.ResponseEnded);
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl, o => o.PrimaryHandler = flaky);
        using var _p = pipeline;

        var error = await Assert.ThrowsAsync<SeedanceConnectionException>(() =>
            pipeline.Call.InvokeAsync((scope, ct) => videos.PostAsync(new TestVideo(), scope.Apply, ct)));

        Assert.Equal(1, flaky.Attempts);
        Assert.True(error.RequestMayHaveBeenSent);
        Assert.Contains("may have reached the server", error.Message);
    }

    private static Uri ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
