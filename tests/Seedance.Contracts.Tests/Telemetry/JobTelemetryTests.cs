using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Telemetry;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Telemetry;

/// <summary>
/// Spans and metrics of the job API against the replay host, captured per test by trace
/// (<see cref="TelemetryCapture"/>), so tests running in parallel cannot see each other's telemetry.
/// </summary>
public sealed class JobTelemetryTests : IAsyncLifetime
{
    private const string P = ProviderId.Seedance2Ink;
    private const string Create = "/api/open/v1/video/generations";
    private const string Get = Create + "/{requestId}";
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string Id => (string)SpecExamples.Response(P, "POST", Create, 200, "success")["requestId"]!;

    private static VideoRequest Request(string prompt = "A river through an autumn forest, aerial view") =>
        new() { Model = "seedance-2.0", Prompt = prompt, Duration = 5 };

    /// <summary>Create accepted, one poll processing, one succeeded with <paramref name="videoUrl"/>, the video served.</summary>
    private void ServeSuccessfulJob(string videoUrl, int videoBytes)
    {
        _host.Serve("POST", Create, Reply.Ok(SpecExamples.Response(P, "POST", Create, 200, "success")));
        var done = SpecExamples.Response(P, "GET", Get, 200, "succeeded");
        done["output"]!["url"] = videoUrl;
        _host.ServeSequence("GET", $"{Create}/{Id}", Reply.Ok(SpecExamples.Response(P, "GET", Get, 200, "processing")), Reply.Ok(done));
        _host.Given(RequestPattern.For("GET", new Uri(videoUrl).AbsolutePath)).RespondWith(Faults.LargeBody(videoBytes, contentType: "video/mp4"));
    }

    [Fact]
    public async Task Submit_wait_and_download_make_nested_spans_with_tags_events_and_metrics()
    {
        ServeSuccessfulJob("https://cdn.example.test/videos/river.mp4", 4096);
        using var client = TestJobClients.Seedance2Ink(_host);
        using var telemetry = TelemetryCapture.Start();

        var job = await client.SubmitAsync(Request());
        await job.WaitForCompletionAsync(TestJobClients.Immediate);
        await job.DownloadToAsync(Stream.Null);

        var submit = Assert.Single(telemetry.Named("seedance.submit"));
        Assert.Equal(ActivityKind.Client, submit.Kind);
        Assert.Equal(telemetry.Root.SpanId, submit.ParentSpanId);
        Assert.Equal(P, submit.GetTagItem("seedance.provider"));
        Assert.Equal("seedance-2.0", submit.GetTagItem("seedance.model"));
        Assert.Equal(Id, submit.GetTagItem("seedance.job.id"));
        Assert.Equal("Queued", submit.GetTagItem("seedance.job.state"));
        Assert.Equal(200, submit.GetTagItem("http.response.status_code"));
        Assert.Equal(ActivityStatusCode.Unset, submit.Status);
        // The HTTP client's and Kiota's spans of the create call nest under the SDK's span.
        Assert.Contains(telemetry.Spans, s => s.Source.Name != SeedanceDiagnostics.ActivitySourceName && telemetry.IsBelow(s, submit));

        var wait = Assert.Single(telemetry.Named("seedance.wait"));
        Assert.Equal(ActivityKind.Internal, wait.Kind);
        Assert.Equal(telemetry.Root.SpanId, wait.ParentSpanId);
        Assert.Equal(Id, wait.GetTagItem("seedance.job.id"));
        Assert.Equal("Succeeded", wait.GetTagItem("seedance.job.state"));
        Assert.Equal(["Running", "Succeeded"], wait.Events.Select(e => e.Tags.First(t => t.Key == "seedance.job.state").Value));
        Assert.All(wait.Events, e => Assert.Equal("seedance.job.status", e.Name));
        var polls = telemetry.Named("seedance.get_status");
        Assert.Equal(2, polls.Count);
        Assert.All(polls, p => Assert.Equal(wait.SpanId, p.ParentSpanId)); // one span open across the polls
        Assert.All(polls, p => Assert.Equal(ActivityKind.Client, p.Kind));

        var download = Assert.Single(telemetry.Named("seedance.download"));
        Assert.Equal(ActivityKind.Client, download.Kind);
        Assert.Equal("cdn.example.test", download.GetTagItem("server.address"));

        var submitted = Assert.Single(telemetry.Of("seedance.client.jobs.submitted"));
        Assert.Equal(1, submitted.Value);
        Assert.Equal("seedance-2.0", submitted.Tag("seedance.model"));
        var finished = Assert.Single(telemetry.Of("seedance.client.jobs.finished"));
        Assert.Equal("Succeeded", finished.Tag("seedance.job.state"));
        Assert.Equal(2, Assert.Single(telemetry.Of("seedance.client.job.polls")).Value);
        var waited = Assert.Single(telemetry.Of("seedance.client.wait.duration"));
        Assert.Equal("Succeeded", waited.Tag("seedance.job.state"));
        Assert.True(waited.Value >= 0);
        Assert.Equal(4096, Assert.Single(telemetry.Of("seedance.client.download.bytes")).Value);
        Assert.Empty(telemetry.Of("seedance.client.validation.refused"));
    }

    [Fact]
    public void The_source_and_meter_are_named_Seedance_and_carry_the_package_version()
    {
        var informational = typeof(SeedanceDiagnostics).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.Equal("Seedance", SeedanceTelemetry.Source.Name);
        Assert.Equal("Seedance", SeedanceTelemetry.Meter.Name);
        Assert.Equal(informational.Split('+')[0], SeedanceTelemetry.Source.Version);
        Assert.Equal(SeedanceTelemetry.Source.Version, SeedanceTelemetry.Meter.Version);
        Assert.DoesNotContain('+', SeedanceTelemetry.Version);
    }

    [Fact]
    public async Task A_failing_submit_sets_error_type_and_the_http_status()
    {
        _host.Serve("POST", Create, new Reply(401, SpecExamples.Response(P, "POST", Create, 401, "unauthorized")));
        using var client = TestJobClients.Seedance2Ink(_host);
        using var telemetry = TelemetryCapture.Start();

        await Assert.ThrowsAsync<SeedanceAuthenticationException>(() => client.SubmitAsync(Request()));

        var submit = Assert.Single(telemetry.Named("seedance.submit"));
        Assert.Equal(ActivityStatusCode.Error, submit.Status);
        Assert.Equal(typeof(SeedanceAuthenticationException).FullName, submit.GetTagItem("error.type"));
        Assert.Equal(401, submit.GetTagItem("http.response.status_code"));
        Assert.Empty(telemetry.Of("seedance.client.jobs.submitted"));
    }

    [Fact]
    public async Task A_failed_wait_sets_error_type_on_the_wait_span_and_its_duration()
    {
        _host.ServeSequence("GET", $"{Create}/{Id}", Reply.Ok(SpecExamples.Response(P, "GET", Get, 200, "failed")));
        using var client = TestJobClients.Seedance2Ink(_host);
        using var telemetry = TelemetryCapture.Start();

        await Assert.ThrowsAsync<SeedanceJobFailedException>(() => client.GetJob(Id).WaitForCompletionAsync(TestJobClients.Immediate));

        var wait = Assert.Single(telemetry.Named("seedance.wait"));
        Assert.Equal(ActivityStatusCode.Error, wait.Status);
        Assert.Equal(typeof(SeedanceJobFailedException).FullName, wait.GetTagItem("error.type"));
        Assert.Equal("Failed", wait.GetTagItem("seedance.job.state"));
        var waited = Assert.Single(telemetry.Of("seedance.client.wait.duration"));
        Assert.Equal(typeof(SeedanceJobFailedException).FullName, waited.Tag("error.type"));
        Assert.Equal("Failed", Assert.Single(telemetry.Of("seedance.client.jobs.finished")).Tag("seedance.job.state"));
    }

    [Fact]
    public async Task A_refused_request_is_counted_and_sends_nothing()
    {
        using var client = TestJobClients.Seedance2Ink(_host);
        using var telemetry = TelemetryCapture.Start();

        await Assert.ThrowsAsync<SeedanceValidationException>(() => client.SubmitAsync(Request() with { Duration = 99 }));

        Assert.Empty(_host.Journal.Requests);
        var refused = Assert.Single(telemetry.Of("seedance.client.validation.refused"));
        Assert.Equal(1, refused.Value);
        Assert.Equal(P, refused.Tag("seedance.provider"));
        var submit = Assert.Single(telemetry.Named("seedance.submit"));
        Assert.Equal(typeof(SeedanceValidationException).FullName, submit.GetTagItem("error.type"));
        Assert.Null(submit.GetTagItem("seedance.model")); // a refused model may be anything the caller typed
    }

    [Fact]
    public async Task Cancel_and_a_refused_cancel_make_spans()
    {
        _host.Serve("POST", $"{Create}/{Id}/cancel", Reply.Ok(SpecExamples.Response(P, "POST", Get + "/cancel", 200, "success")));
        using var ink = TestJobClients.Seedance2Ink(_host);
        using var comet = TestJobClients.CometApiVideos(_host);
        using var telemetry = TelemetryCapture.Start();

        await ink.CancelAsync(Id);
        await Assert.ThrowsAsync<SeedanceNotSupportedException>(() => comet.CancelAsync("task_1"));

        var cancel = Assert.Single(telemetry.Named("seedance.cancel"));
        Assert.Equal(Id, cancel.GetTagItem("seedance.job.id"));
        Assert.Equal("Cancelled", cancel.GetTagItem("seedance.job.state"));
        // Refused before anything is sent: no span pretends a call was made.
        Assert.DoesNotContain(telemetry.Spans, s => (string?)s.GetTagItem("seedance.provider") == ProviderId.CometApiVideos);
    }

    [Fact]
    public void A_retry_the_pipeline_reports_is_counted_by_reason_and_marked_on_the_current_span()
    {
        using var telemetry = TelemetryCapture.Start();

        SeedanceTelemetry.RecordRetry(P, "429");

        var retry = Assert.Single(telemetry.Of("seedance.client.retries"));
        Assert.Equal(1, retry.Value);
        Assert.Equal(P, retry.Tag("seedance.provider"));
        Assert.Equal("429", retry.Tag("seedance.retry.reason"));
        var marked = Assert.Single(telemetry.Root.Events);
        Assert.Equal("seedance.retry", marked.Name);
    }

    [Fact]
    public async Task No_key_prompt_or_signed_query_reaches_a_span_event_or_metric()
    {
        const string Prompt = "PROMPT-SECRET-5b2e9d A lantern over a harbour at night";
        const string Signature = "SIG-SECRET-77c1f0";
        ServeSuccessfulJob($"https://cdn.example.test/videos/lantern.mp4?X-Signature={Signature}&Expires=1893456000", 1024);
        _host.Given(RequestPattern.For("GET", "/videos/expired.mp4")).RespondWith(Faults.Status(403, "{}"));
        using var client = TestJobClients.Seedance2Ink(_host);
        using var telemetry = TelemetryCapture.Start();

        var job = await client.SubmitAsync(Request(Prompt));
        await job.WaitForCompletionAsync(TestJobClients.Immediate);
        await job.DownloadToAsync(Stream.Null);
        await Assert.ThrowsAsync<SeedanceOutputExpiredException>(() =>
            client.DownloadAsync(new Uri($"https://cdn.example.test/videos/expired.mp4?X-Signature={Signature}"), Stream.Null));
        await Assert.ThrowsAsync<SeedanceValidationException>(() => client.SubmitAsync(Request(Prompt) with { Duration = 99 }));

        // The replay host's own server spans are the test server's, not the SDK's.
        var spans = telemetry.Spans.Where(s => s.Kind != ActivityKind.Server).ToArray();
        Assert.NotEmpty(spans);
        var texts = spans.SelectMany(s => new[] { s.OperationName, s.DisplayName, s.StatusDescription }
                .Concat(s.TagObjects.Select(t => $"{t.Key}={t.Value}"))
                .Concat(s.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name} {t.Key}={t.Value}"))))
            .Concat(telemetry.Measurements.SelectMany(m => m.Tags.Select(t => $"{m.Instrument} {t.Key}={t.Value}")))
            .Where(t => t is not null)
            .ToArray();
        Assert.NotEmpty(telemetry.Measurements);
        foreach (var secret in new[] { Http.TestKit.Pipelines.FakeKey, "PROMPT-SECRET", "lantern over", Signature, "X-Signature" })
        {
            Assert.DoesNotContain(texts, t => t!.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }
}
