using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Seedance.Contracts.Http;
using Seedance.Contracts.Tests.Http.TestKit;

namespace Seedance.Contracts.Tests.Http;

public sealed class PipelineShapeTests
{
    [Fact]
    public void Kiota_retry_handler_is_replaced_and_the_order_is_fixed()
    {
        var handlers = SeedancePipeline.CreateSdkHandlers(new SeedanceClientOptions(), "cometapi-videos", Redactor.Default);
        var wire = SeedancePipeline.CreateWireHandlers(null, Redactor.Default, null).ToList();

        Assert.DoesNotContain(handlers, h => h is RetryHandler);
        Assert.IsType<ErrorCaptureHandler>(handlers[0]);
        Assert.IsType<SeedanceResilienceHandler>(handlers[1]);
        Assert.Contains(handlers.Skip(2), h => h is RedirectHandler);
        Assert.Contains(handlers.Skip(2), h => h is UserAgentHandler);
        Assert.IsType<SendStamperHandler>(handlers[^1]);
        Assert.IsType<RedactingLoggingHandler>(wire[0]);
        Assert.IsType<SingleSendGuardHandler>(wire[^1]);
    }

    [Fact]
    public async Task Scope_then_keeps_the_callers_own_configuration()
    {
        await using var server = await Scripted.StartAsync(Scripted.Json(200, """{"id":"v"}"""));
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        var video = await pipeline.Call.InvokeAsync((scope, ct) =>
            videos.GetAsync("v", scope.Then<Microsoft.Kiota.Abstractions.DefaultQueryParameters>(c => c.Headers.Add("X-Custom", "custom-value")), ct));

        Assert.Equal("v", video!.Id);
        Assert.Equal(["custom-value"], Assert.Single(server.Journal.Requests).Request.Headers["X-Custom"]);
    }

    [Fact]
    public async Task Capture_records_status_and_redacted_headers_of_successful_calls()
    {
        await using var server = await Scripted.StartAsync(Scripted.Json(200, """{"id":"v"}""", ("x-request-id", "req-ok"), ("x-secret-header", "s3cret")));
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;
        ResponseCaptureOption? capture = null;

        await pipeline.Call.InvokeAsync((scope, ct) => { capture = scope.Capture; return videos.GetAsync("v", scope.Apply, ct); });

        Assert.Equal(System.Net.HttpStatusCode.OK, capture!.StatusCode);
        Assert.Equal(["req-ok"], capture.Headers!["x-request-id"]);
        Assert.Equal(["REDACTED"], capture.Headers!["x-secret-header"]);
        Assert.Equal("""{"id":"v"}""", capture.RawBody);
    }
}
