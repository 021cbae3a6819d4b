using System.Text.Json.Nodes;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Requests;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Providers;

public sealed class Seedance2InkJobClientTests : IAsyncLifetime
{
    private const string P = ProviderId.Seedance2Ink;
    private const string Create = "/api/open/v1/video/generations";
    private const string Get = "/api/open/v1/video/generations/{requestId}";
    private const string CancelPath = "/api/open/v1/video/generations/{requestId}/cancel";
    private const string Id = "req_1234567890";
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string Poll => $"{Create}/{Id}";

    private static JsonNode Status(string name) => SpecExamples.Response(P, "GET", Get, 200, name);

    /// <summary>The neutral request equivalent to the spec's create example (everything but metadata).</summary>
    private static VideoRequest DocumentedRequest()
    {
        var body = SpecExamples.Request(P, "POST", Create, "success");
        return new VideoRequest
        {
            Model = (string)body["model"]!,
            Prompt = (string)body["prompt"]!,
            AspectRatio = (string)body["aspectRatio"]!,
            Duration = (int)body["duration"]!,
            Resolution = (string)body["resolution"]!,
            CallbackUrl = new Uri((string)body["webhookUrl"]!),
        };
    }

    private void ServeCreate() => _host.Serve("POST", Create, Reply.Ok(SpecExamples.Response(P, "POST", Create, 200, "success")));

    [Fact]
    public async Task Submit_sends_the_documented_camelCase_body_and_returns_the_queued_job_with_credits()
    {
        ServeCreate();
        using var client = TestJobClients.Seedance2Ink(_host);

        var job = await client.SubmitAsync(DocumentedRequest());

        Assert.Equal(Id, job.Id);
        Assert.Equal(P, job.Provider);
        Assert.Equal(VideoJobState.Queued, job.State);
        Assert.Equal("queued", job.RawStatus);
        Assert.Equal(40, job.LastStatus!.CreditsCharged);
        var sent = Assert.Single(_host.Sent(Create, "POST")).Request.BodyAsJson()!.AsObject();
        var expected = SpecExamples.Request(P, "POST", Create, "success").AsObject();
        expected.Remove("metadata"); // the neutral request has no metadata field
        Assert.True(JsonNode.DeepEquals(expected, sent), sent.ToJsonString());
        Assert.Equal("Bearer " + Http.TestKit.Pipelines.FakeKey, _host.Journal.Requests[0].Request.GetHeader("Authorization"));
    }

    [Fact]
    public async Task Images_and_media_go_into_mediaUrls_first_frame_then_last_frame_then_media()
    {
        ServeCreate();
        using var client = TestJobClients.Seedance2Ink(_host);
        var request = DocumentedRequest() with
        {
            FirstFrame = ImageInput.FromUrl("https://cdn.example.com/first.png"),
            LastFrame = ImageInput.FromUrl("https://cdn.example.com/last.jpg"),
            MediaUrls = [new Uri("https://cdn.example.com/motion.mp4")],
        };

        await client.SubmitAsync(request);

        var media = _host.Sent(Create)[0].Request.BodyAsJson()!["mediaUrls"]!.AsArray().Select(n => (string)n!).ToArray();
        Assert.Equal(["https://cdn.example.com/first.png", "https://cdn.example.com/last.jpg", "https://cdn.example.com/motion.mp4"], media);
    }

    [Fact]
    public async Task Lifecycle_to_success_reports_every_status_in_order_and_exposes_the_video()
    {
        ServeCreate();
        _host.ServeSequence("GET", Poll, Reply.Ok(Status("queued")), Reply.Ok(Status("processing")), Reply.Ok(Status("succeeded")));
        using var client = TestJobClients.Seedance2Ink(_host);
        var progress = new RecordingProgress();

        var job = await client.SubmitAsync(DocumentedRequest());
        var final = await job.WaitForCompletionAsync(TestJobClients.Immediate, progress);

        Assert.Equal(["queued", "processing", "succeeded"], progress.RawStatuses);
        Assert.Equal([VideoJobState.Queued, VideoJobState.Running, VideoJobState.Succeeded], progress.Reports.Select(r => r.State));
        Assert.Equal(VideoJobState.Succeeded, final.State);
        Assert.Equal((string)Status("succeeded")["output"]!["url"]!, final.VideoUrl!.ToString());
        Assert.True(job.HasCompleted);
        Assert.Equal(3, _host.Sent(Poll, "GET").Count);
    }

    [Fact]
    public async Task Lifecycle_to_failure_throws_JobFailed_with_the_provider_code_and_message()
    {
        ServeCreate();
        _host.ServeSequence("GET", Poll, Reply.Ok(Status("processing")), Reply.Ok(Status("failed")));
        using var client = TestJobClients.Seedance2Ink(_host);
        var job = await client.SubmitAsync(DocumentedRequest());

        var failed = await Assert.ThrowsAsync<SeedanceJobFailedException>(() => job.WaitForCompletionAsync(TestJobClients.Immediate));

        var error = Status("failed")["error"]!;
        Assert.Equal((string)error["code"]!, failed.ProviderCode);
        Assert.Equal((string)error["message"]!, failed.ProviderMessage);
        Assert.Equal(VideoJobState.Failed, failed.FinalStatus.State);
        Assert.Equal("failed", failed.FinalStatus.RawStatus);
        Assert.Contains("generation_failed", failed.Message);
    }

    [Fact]
    public async Task Cancel_calls_the_cancel_endpoint_and_the_wait_then_ends_cancelled()
    {
        ServeCreate();
        _host.Serve("POST", $"{Poll}/cancel", Reply.Ok(SpecExamples.Response(P, "POST", CancelPath, 200, "success")));
        _host.ServeSequence("GET", Poll, Reply.Ok(Status("processing")), Reply.Ok(Status("cancelled")));
        using var client = TestJobClients.Seedance2Ink(_host);
        var job = await client.SubmitAsync(DocumentedRequest());

        var cancelled = await job.CancelAsync();
        var final = await job.WaitForCompletionAsync(TestJobClients.Immediate with { ThrowOnFailure = false });

        Assert.Equal(VideoJobState.Cancelled, cancelled.State);
        Assert.Equal("cancelled", cancelled.RawStatus);
        Assert.Single(_host.Sent($"{Poll}/cancel", "POST"));
        Assert.Equal(VideoJobState.Cancelled, final.State);
        Assert.True(Capabilities.For(P).Cancel);
    }

    [Fact]
    public async Task Cancelling_a_finished_job_is_an_invalid_request_with_the_provider_code()
    {
        _host.Serve("POST", $"{Poll}/cancel", new Reply(400, SpecExamples.Response(P, "POST", CancelPath, 400, "not-cancellable")));
        using var client = TestJobClients.Seedance2Ink(_host);

        var error = await Assert.ThrowsAsync<SeedanceInvalidRequestException>(() => client.GetJob(Id).CancelAsync());

        Assert.Equal("invalid_state", error.ProviderCode);
        Assert.Single(_host.Sent($"{Poll}/cancel")); // a 400 is not retried
    }

    [Fact]
    public async Task Unknown_id_is_NotFound()
    {
        _host.Serve("GET", "/api/open/v1/video/generations/req_missing", new Reply(404, SpecExamples.Response(P, "GET", Get, 404, "not-found")));
        using var client = TestJobClients.Seedance2Ink(_host);

        var error = await Assert.ThrowsAsync<SeedanceNotFoundException>(() => client.GetJob("req_missing").UpdateAsync());

        Assert.Equal("not_found", error.ProviderCode);
        Assert.Equal(P, error.Provider);
    }

    [Fact]
    public async Task Invalid_key_is_an_authentication_error()
    {
        _host.Serve("POST", Create, new Reply(401, SpecExamples.Response(P, "POST", Create, 401, "unauthorized")));
        using var client = TestJobClients.Seedance2Ink(_host);

        var error = await Assert.ThrowsAsync<SeedanceAuthenticationException>(() => client.SubmitAsync(DocumentedRequest()));

        Assert.Equal("unauthorized", error.ProviderCode);
        Assert.DoesNotContain(Http.TestKit.Pipelines.FakeKey, error.ToString());
    }

    [Fact]
    public async Task Every_violation_is_listed_in_one_exception_and_nothing_is_sent()
    {
        ServeCreate();
        using var client = TestJobClients.Seedance2Ink(_host);
        var request = new VideoRequest
        {
            Model = "seedance-1.5-pro",
            Prompt = "A lighthouse at dusk.",
            Duration = 7,                 // 5 or 10 only for this model
            AspectRatio = "4:3",          // not offered
            Seed = 3,                     // no seed field
            FirstFrame = ImageInput.FromUrl("http://cdn.example.com/first.png"), // https only
        };

        var error = await Assert.ThrowsAsync<SeedanceValidationException>(() => client.SubmitAsync(request));

        Assert.Equal(["aspectRatio", "duration", "firstFrame", "seed"], error.Violations.Select(v => v.Field).Order());
        Assert.Contains(error.Violations, v => v.Rule == "duration" && v.Value == "7" && v.Allowed.Contains("for model seedance-1.5-pro", StringComparison.Ordinal));
        Assert.Empty(_host.Journal.Requests);
    }

    [Fact]
    public async Task A_handle_rebuilt_from_a_saved_id_polls_the_same_job()
    {
        _host.ServeSequence("GET", Poll, Reply.Ok(Status("processing")), Reply.Ok(Status("succeeded")));
        using var client = TestJobClients.Seedance2Ink(_host);

        var job = client.GetJob(Id);
        Assert.Null(job.LastStatus);
        Assert.Equal(VideoJobState.Unknown, job.State);
        Assert.Empty(_host.Journal.Requests); // rebuilding calls nothing
        var final = await job.WaitForCompletionAsync(TestJobClients.Immediate);

        Assert.Equal(Id, final.JobId);
        Assert.Equal(VideoJobState.Succeeded, final.State);
    }
}
