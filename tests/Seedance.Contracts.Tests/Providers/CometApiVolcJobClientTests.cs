using System.Text.Json.Nodes;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Prompt;
using Seedance.Contracts.Requests;
using Seedance.Contracts.Tests.JobKit;
using Seedance.Contracts.Tests.Validation;

namespace Seedance.Contracts.Tests.Providers;

public sealed class CometApiVolcJobClientTests : IAsyncLifetime
{
    private const string P = ProviderId.CometApiVolc;
    private const string Create = "/volc/v3/contents/generations/tasks";
    private const string Get = "/volc/v3/contents/generations/tasks/{id}";
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string Id => (string)SpecExamples.Response(P, "POST", Create, 200, "success")["id"]!;

    private static string Poll => $"{Create}/{Id}";

    private static JsonNode Status(string name) => SpecExamples.Response(P, "GET", Get, 200, name);

    private static JsonNode DocumentedBody() => SpecExamples.Request(P, "POST", Create, "success");

    /// <summary>The create example as a neutral request: the text (flags included) is the prompt.</summary>
    private static VideoRequest DocumentedRequest()
    {
        var body = DocumentedBody();
        return new VideoRequest { Model = (string)body["model"]!, Prompt = (string)body["content"]![0]!["text"]! };
    }

    private void ServeCreate() => _host.Serve("POST", Create, Reply.Ok(SpecExamples.Response(P, "POST", Create, 200, "success")));

    private string SentText() => (string)_host.Sent(Create, "POST")[0].Request.BodyAsJson()!["content"]![0]!["text"]!;

    [Fact]
    public async Task Submit_sends_the_documented_body_unchanged_and_returns_a_queued_job()
    {
        ServeCreate();
        using var client = TestJobClients.CometApiVolc(_host);

        var job = await client.SubmitAsync(DocumentedRequest());

        Assert.Equal(Id, job.Id);
        Assert.Equal(VideoJobState.Queued, job.State);
        var sent = Assert.Single(_host.Sent(Create, "POST")).Request.BodyAsJson();
        Assert.True(JsonNode.DeepEquals(DocumentedBody(), sent), sent!.ToJsonString());
    }

    [Fact]
    public async Task Neutral_fields_travel_as_Ark_text_commands_because_the_route_has_no_top_level_fields()
    {
        ServeCreate();
        using var client = TestJobClients.CometApiVolc(_host);
        var documented = PromptText.Parse(DocumentedRequest().Prompt);

        await client.SubmitAsync(new VideoRequest
        {
            Model = DocumentedRequest().Model,
            Prompt = documented.Prompt,
            Duration = documented.Flags.Duration,
            AspectRatio = documented.Flags.Ratio,
            Seed = 11,
            Watermark = false,
        });

        var sent = PromptText.Parse(SentText());
        Assert.Equal(documented.Prompt, sent.Prompt);
        Assert.Equal(documented.Flags with { Seed = 11, Watermark = false }, sent.Flags);
        Assert.Contains("--duration 5", SentText(), StringComparison.Ordinal); // Ark's long spelling, as in CometAPI's sample
        var body = _host.Sent(Create)[0].Request.BodyAsJson()!.AsObject();
        Assert.Equal(["content", "model"], body.Select(kv => kv.Key).Order()); // nothing undocumented at the top level
    }

    [Fact]
    public async Task A_setting_typed_in_the_prompt_and_given_as_the_same_field_is_written_once()
    {
        ServeCreate();
        using var client = TestJobClients.CometApiVolc(_host);

        await client.SubmitAsync(DocumentedRequest() with { Duration = 5, Resolution = "720p" });

        Assert.Equal(DocumentedRequest().Prompt + " --resolution 720p", SentText());
    }

    [Fact]
    public async Task A_prompt_flag_contradicting_a_field_is_a_violation_and_nothing_is_sent()
    {
        ServeCreate();
        using var client = TestJobClients.CometApiVolc(_host);

        var error = await Assert.ThrowsAsync<SeedanceValidationException>(() =>
            client.SubmitAsync(DocumentedRequest() with { Duration = 6, AspectRatio = "9:16" }));

        Assert.Equal(2, error.Violations.Count(v => v.Rule == "prompt-flag-conflict"));
        Assert.Empty(_host.Journal.Requests);
    }

    [Fact]
    public async Task Images_follow_the_text_with_their_roles()
    {
        ServeCreate();
        using var client = TestJobClients.CometApiVolc(_host);

        await client.SubmitAsync(DocumentedRequest() with
        {
            FirstFrame = ImageInput.FromUrl("https://cdn.example.com/first.png"),
            LastFrame = ImageInput.FromUrl("https://cdn.example.com/last.png"),
        });

        var content = _host.Sent(Create)[0].Request.BodyAsJson()!["content"]!.AsArray();
        Assert.Equal(["text", "image_url", "image_url"], content.Select(c => (string)c!["type"]!));
        Assert.Equal(("first_frame", "https://cdn.example.com/first.png"), ((string)content[1]!["role"]!, (string)content[1]!["image_url"]!["url"]!));
        Assert.Equal(("last_frame", "https://cdn.example.com/last.png"), ((string)content[2]!["role"]!, (string)content[2]!["image_url"]!["url"]!));
    }

    [Fact]
    public async Task An_uploaded_image_is_refused_because_the_route_documents_no_data_URLs()
    {
        using var client = TestJobClients.CometApiVolc(_host);

        var error = await Assert.ThrowsAsync<SeedanceValidationException>(() =>
            client.SubmitAsync(DocumentedRequest() with { FirstFrame = TestRequests.PngUpload() }));

        Assert.Equal("image-source", Assert.Single(error.Violations).Rule);
        Assert.Empty(_host.Journal.Requests);
    }

    [Fact]
    public async Task Lifecycle_to_success_exposes_the_video_and_reports_in_order()
    {
        ServeCreate();
        _host.ServeSequence("GET", Poll, Reply.Ok(Status("queued")), Reply.Ok(Status("running")), Reply.Ok(Status("succeeded")));
        using var client = TestJobClients.CometApiVolc(_host);
        var progress = new RecordingProgress();

        var job = await client.SubmitAsync(DocumentedRequest());
        var final = await job.WaitForCompletionAsync(TestJobClients.Immediate, progress);

        Assert.Equal(["queued", "running", "succeeded"], progress.RawStatuses);
        Assert.Equal((string)Status("succeeded")["content"]!["video_url"]!, final.VideoUrl!.ToString());
        Assert.All(progress.Reports, r => Assert.Null(r.Progress)); // Ark reports no percentage
    }

    [Theory]
    [InlineData("failed", VideoJobState.Failed, "OutputVideoSensitiveContentDetected")]
    [InlineData("expired", VideoJobState.Expired, null)]
    public async Task Lifecycle_to_failure_or_expiry_throws_JobFailed(string example, VideoJobState state, string? code)
    {
        ServeCreate();
        _host.ServeSequence("GET", Poll, Reply.Ok(Status("running")), Reply.Ok(Status(example)));
        using var client = TestJobClients.CometApiVolc(_host);
        var job = await client.SubmitAsync(DocumentedRequest());

        var failed = await Assert.ThrowsAsync<SeedanceJobFailedException>(() => job.WaitForCompletionAsync(TestJobClients.Immediate));

        Assert.Equal(state, failed.FinalStatus.State);
        Assert.Equal(example, failed.FinalStatus.RawStatus);
        Assert.Equal(code, failed.ProviderCode);
    }

    [Fact]
    public async Task Cancel_is_not_supported_and_sends_nothing()
    {
        using var client = TestJobClients.CometApiVolc(_host);

        var error = await Assert.ThrowsAsync<SeedanceNotSupportedException>(() => client.GetJob(Id).CancelAsync());

        Assert.Equal(P, error.Provider);
        Assert.False(Capabilities.For(P).Cancel);
        Assert.Empty(_host.Journal.Requests);
    }

    [Fact]
    public async Task Unknown_id_is_NotFound_although_CometAPI_answers_400()
    {
        _host.Serve("GET", $"{Create}/nope", new Reply(400, SpecExamples.Response(P, "GET", Get, 400, "task-not-exist")));
        using var client = TestJobClients.CometApiVolc(_host);

        var error = await Assert.ThrowsAsync<SeedanceNotFoundException>(() => client.GetJob("nope").UpdateAsync());

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("task_not_exist", error.ProviderCode);
    }

    [Fact]
    public async Task A_handle_rebuilt_from_a_saved_id_polls_the_same_job()
    {
        _host.Serve("GET", Poll, Reply.Ok(Status("succeeded")));
        using var client = TestJobClients.CometApiVolc(_host);

        var final = await client.GetJob(Id).WaitForCompletionAsync(TestJobClients.Immediate);

        Assert.Equal(Id, final.JobId);
        Assert.Equal(VideoJobState.Succeeded, final.State);
    }
}
