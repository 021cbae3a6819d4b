using System.Text.Json.Nodes;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Requests;
using Seedance.Contracts.Tests.JobKit;
using Seedance.Contracts.Tests.Validation;

namespace Seedance.Contracts.Tests.Providers;

public sealed class CometApiVideosJobClientTests : IAsyncLifetime
{
    private const string P = ProviderId.CometApiVideos;
    private const string Create = "/v1/videos";
    private const string Get = "/v1/videos/{id}";
    private const string Id = "task_abc123";
    private const string Poll = "/v1/videos/" + Id;
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static JsonNode Status(string name) => SpecExamples.Response(P, "GET", Get, 200, name);

    private static VideoRequest DocumentedRequest()
    {
        var form = SpecExamples.Request(P, "POST", Create, "success");
        return new VideoRequest
        {
            Prompt = (string)form["prompt"]!,
            Model = (string)form["model"]!,
            Duration = (int)form["seconds"]!,
            AspectRatio = (string)form["size"]!,
            Resolution = (string)form["resolution"]!,
        };
    }

    private void ServeCreate() => _host.Serve("POST", Create, Reply.Ok(SpecExamples.Response(P, "POST", Create, 200, "success")));

    [Fact]
    public async Task Submit_sends_the_documented_form_fields_and_returns_the_submitted_job()
    {
        ServeCreate();
        using var client = TestJobClients.CometApiVideos(_host);

        var job = await client.SubmitAsync(DocumentedRequest());

        Assert.Equal(Id, job.Id);
        Assert.Equal(VideoJobState.Queued, job.State);
        Assert.Equal("SUBMITTED", job.RawStatus);
        Assert.Equal(0, job.Progress);
        var sent = Assert.Single(_host.Sent(Create, "POST")).Request;
        Assert.StartsWith("multipart/form-data", sent.GetHeader("Content-Type"), StringComparison.Ordinal);
        var form = SpecExamples.Request(P, "POST", Create, "success").AsObject();
        foreach (var (name, value) in form)
        {
            Assert.Equal(value!.ToString(), sent.GetPart(name)?.Value);
        }

        Assert.Null(sent.GetPart("input_reference"));
    }

    [Fact]
    public async Task An_uploaded_first_frame_is_the_input_reference_file_part()
    {
        ServeCreate();
        using var client = TestJobClients.CometApiVideos(_host);

        await client.SubmitAsync(DocumentedRequest() with { FirstFrame = TestRequests.PngUpload() });

        var part = _host.Sent(Create)[0].Request.GetPart("input_reference");
        Assert.NotNull(part);
        Assert.Equal("frame.png", part.FileName);
        Assert.Equal("image/png", part.ContentType);
        Assert.Equal(TestRequests.Png, part.Body);
    }

    [Fact]
    public async Task A_first_frame_given_by_URL_is_refused_before_sending_because_the_route_takes_only_files()
    {
        ServeCreate();
        using var client = TestJobClients.CometApiVideos(_host);

        var error = await Assert.ThrowsAsync<SeedanceValidationException>(() =>
            client.SubmitAsync(DocumentedRequest() with { FirstFrame = ImageInput.FromUrl("https://cdn.example.com/first.png") }));

        var violation = Assert.Single(error.Violations);
        Assert.Equal(("firstFrame", "image-source"), (violation.Field, violation.Rule));
        Assert.Contains("FromStream", violation.Allowed, StringComparison.Ordinal);
        Assert.Empty(_host.Journal.Requests);
    }

    [Fact]
    public async Task Lifecycle_to_success_reports_progress_percentages_in_order()
    {
        ServeCreate();
        _host.ServeSequence("GET", Poll, Reply.Ok(Status("submitted")), Reply.Ok(Status("in-progress")), Reply.Ok(Status("succeeded")));
        using var client = TestJobClients.CometApiVideos(_host);
        var progress = new RecordingProgress();

        var job = await client.SubmitAsync(DocumentedRequest());
        var final = await job.WaitForCompletionAsync(TestJobClients.Immediate, progress);

        Assert.Equal(["SUBMITTED", "IN_PROGRESS", "SUCCESS"], progress.RawStatuses);
        Assert.Equal([0, 45, 100], progress.Reports.Select(r => r.Progress));
        Assert.Equal([VideoJobState.Queued, VideoJobState.Running, VideoJobState.Succeeded], progress.Reports.Select(r => r.State));
        Assert.Equal((string)Status("succeeded")["video_url"]!, final.VideoUrl!.ToString());
        Assert.DoesNotContain("signature", final.ToString(), StringComparison.Ordinal); // signed URL query never printed
    }

    [Theory]
    [InlineData("failed", "FAILED")]
    [InlineData("error", "ERROR")]
    public async Task Lifecycle_to_failure_throws_JobFailed_with_the_provider_code(string example, string raw)
    {
        ServeCreate();
        _host.ServeSequence("GET", Poll, Reply.Ok(Status("in-progress")), Reply.Ok(Status(example)));
        using var client = TestJobClients.CometApiVideos(_host);
        var job = await client.SubmitAsync(DocumentedRequest());

        var failed = await Assert.ThrowsAsync<SeedanceJobFailedException>(() => job.WaitForCompletionAsync(TestJobClients.Immediate));

        Assert.Equal(raw, failed.FinalStatus.RawStatus);
        Assert.Equal(VideoJobState.Failed, failed.FinalStatus.State);
        Assert.Equal((string)Status(example)["error"]!["code"]!, failed.ProviderCode);
        Assert.Equal((string)Status(example)["error"]!["message"]!, failed.ProviderMessage);
    }

    [Fact]
    public async Task Cancel_is_not_supported_and_sends_nothing()
    {
        using var client = TestJobClients.CometApiVideos(_host);

        var error = await Assert.ThrowsAsync<SeedanceNotSupportedException>(() => client.GetJob(Id).CancelAsync());

        Assert.Equal("cancel", error.Capability);
        Assert.Equal(P, error.Provider);
        Assert.False(Capabilities.For(P).Cancel);
        Assert.Empty(_host.Journal.Requests);
    }

    [Fact]
    public async Task Every_violation_is_listed_in_one_exception_and_nothing_is_sent()
    {
        ServeCreate();
        using var client = TestJobClients.CometApiVideos(_host);
        var request = DocumentedRequest() with { Duration = 16, Resolution = "1080p", Seed = 7, CallbackUrl = new Uri("https://example.com/hook") };

        var error = await Assert.ThrowsAsync<SeedanceValidationException>(() => client.SubmitAsync(request));

        Assert.Equal(["callbackUrl", "duration", "resolution", "seed"], error.Violations.Select(v => v.Field).Order());
        Assert.Contains(error.Violations, v => v is { Field: "duration", Value: "16" } && v.Allowed.Contains("doubao-seedance-2-0-fast", StringComparison.Ordinal));
        Assert.Empty(_host.Journal.Requests);
    }

    [Fact]
    public async Task Valid_edge_duration_is_sent()
    {
        ServeCreate();
        using var client = TestJobClients.CometApiVideos(_host);

        await client.SubmitAsync(DocumentedRequest() with { Duration = 15 });

        Assert.Equal("15", _host.Sent(Create)[0].Request.GetPart("seconds")?.Value);
    }

    [Fact]
    public async Task A_handle_rebuilt_from_a_saved_id_polls_the_same_job()
    {
        _host.Serve("GET", Poll, Reply.Ok(Status("succeeded")));
        using var client = TestJobClients.CometApiVideos(_host);

        var status = await client.GetJob(Id).UpdateAsync();

        Assert.Equal(Id, status.JobId);
        Assert.Equal(VideoJobState.Succeeded, status.State);
    }
}
