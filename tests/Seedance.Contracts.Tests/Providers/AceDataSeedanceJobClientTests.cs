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

public sealed class AceDataSeedanceJobClientTests : IAsyncLifetime
{
    private const string P = ProviderId.AceDataSeedance;
    private const string Create = "/seedance/videos";
    private const string Tasks = "/seedance/tasks";
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static JsonNode Created(string name) => SpecExamples.Response(P, "POST", Create, 200, name);

    private static JsonNode Record(string name) => SpecExamples.Response(P, "POST", Tasks, 200, name);

    private static string AsyncId => (string)Created("async-accepted")["task_id"]!;

    /// <summary>A neutral request equal to one of the spec's create examples (text, images, top-level fields).</summary>
    internal static VideoRequest FromExample(string name)
    {
        var body = SpecExamples.Request(P, "POST", Create, name);
        var content = body["content"]!.AsArray();
        ImageInput? Image(string role) => content.FirstOrDefault(c => (string?)c!["role"] == role) is { } item
            ? ImageInput.FromUrl((string)item["image_url"]!["url"]!)
            : null;
        return new VideoRequest
        {
            Model = (string)body["model"]!,
            Prompt = (string)content[0]!["text"]!,
            Resolution = (string?)body["resolution"],
            AspectRatio = (string?)body["ratio"],
            Duration = (int?)body["duration"],
            FirstFrame = Image("first_frame"),
            LastFrame = Image("last_frame"),
            ReferenceImages = Image("reference_image") is { } reference ? [reference] : [],
        };
    }

    private JsonNode SentCreate() => _host.Sent(Create, "POST")[0].Request.BodyAsJson()!;

    [Fact]
    public async Task By_default_the_create_call_is_asynchronous_and_the_job_starts_queued()
    {
        _host.Serve("POST", Create, Reply.Ok(Created("async-accepted")));
        using var client = TestJobClients.AceData(_host);

        var job = await client.SubmitAsync(FromExample("reference-image"));

        Assert.Equal(AsyncId, job.Id);
        Assert.Equal(VideoJobState.Queued, job.State);
        Assert.False(job.HasCompleted);
        var expected = SpecExamples.Request(P, "POST", Create, "reference-image").AsObject();
        expected["async"] = true;
        Assert.True(JsonNode.DeepEquals(expected, SentCreate()), SentCreate().ToJsonString());
    }

    [Fact]
    public async Task A_callback_makes_the_reply_immediate_so_async_is_not_added()
    {
        _host.Serve("POST", Create, Reply.Ok(Created("async-accepted")));
        using var client = TestJobClients.AceData(_host);

        await client.SubmitAsync(FromExample("reference-image") with { CallbackUrl = new Uri("https://example.com/hook") });

        Assert.Null(SentCreate()["async"]);
        Assert.Equal("https://example.com/hook", (string)SentCreate()["callback_url"]!);
    }

    [Fact]
    public async Task Blocking_mode_sends_the_documented_body_and_returns_an_already_finished_job_without_polling()
    {
        _host.Serve("POST", Create, Reply.Ok(Created("first-last-frame")));
        using var client = TestJobClients.AceData(_host, blocking: true);
        var progress = new RecordingProgress();

        var job = await client.SubmitAsync(FromExample("first-last-frame"));
        var final = await job.WaitForCompletionAsync(TestJobClients.Immediate, progress);

        Assert.True(JsonNode.DeepEquals(SpecExamples.Request(P, "POST", Create, "first-last-frame"), SentCreate()), SentCreate().ToJsonString());
        Assert.True(job.HasCompleted);
        Assert.Equal((string)Created("first-last-frame")["task_id"]!, job.Id);
        Assert.Equal(VideoJobState.Succeeded, final.State);
        Assert.Equal((string)Created("first-last-frame")["data"]!["video_url"]!, final.VideoUrl!.ToString());
        Assert.Single(progress.Reports);
        Assert.Empty(_host.Sent(Tasks)); // the blocking reply was final
    }

    [Fact]
    public async Task Lifecycle_to_success_polls_the_tasks_route_with_retrieve()
    {
        _host.Serve("POST", Create, Reply.Ok(Created("async-accepted")));
        _host.ServeSequence("POST", Tasks, Reply.Ok(Record("processing")), Reply.Ok(Record("succeeded")));
        using var client = TestJobClients.AceData(_host);
        var progress = new RecordingProgress();

        var job = await client.SubmitAsync(FromExample("reference-image"));
        var final = await job.WaitForCompletionAsync(TestJobClients.Immediate, progress);

        Assert.Equal([VideoJobState.Queued, VideoJobState.Running, VideoJobState.Succeeded], new[] { VideoJobState.Queued }.Concat(progress.Reports.Select(r => r.State)));
        Assert.Equal(["processing", "succeeded"], progress.RawStatuses);
        Assert.Equal((string)Record("succeeded")["response"]!["data"]!["video_url"]!, final.VideoUrl!.ToString());
        Assert.Equal(AsyncId, final.JobId);
        var query = SpecExamples.Request(P, "POST", Tasks, "retrieve").AsObject();
        query["id"] = AsyncId;
        Assert.All(_host.Sent(Tasks), e => Assert.True(JsonNode.DeepEquals(query, e.Request.BodyAsJson()), e.Request.BodyAsString));
    }

    [Fact]
    public async Task Lifecycle_to_failure_throws_JobFailed_with_the_provider_code()
    {
        _host.ServeSequence("POST", Tasks, Reply.Ok(Record("processing")), Reply.Ok(Record("failed")));
        using var client = TestJobClients.AceData(_host);

        var failed = await Assert.ThrowsAsync<SeedanceJobFailedException>(() => client.GetJob(AsyncId).WaitForCompletionAsync(TestJobClients.Immediate));

        var error = Record("failed")["response"]!["error"]!;
        Assert.Equal((string)error["code"]!, failed.ProviderCode);
        Assert.Equal((string)error["message"]!, failed.ProviderMessage);
        Assert.Equal(VideoJobState.Failed, failed.FinalStatus.State);
    }

    [Fact]
    public async Task Unknown_id_answered_with_404_is_NotFound()
    {
        _host.Serve("POST", Tasks, new Reply(404, SpecExamples.Response(P, "POST", Tasks, 404, "not-found")));
        using var client = TestJobClients.AceData(_host);

        var error = await Assert.ThrowsAsync<SeedanceNotFoundException>(() => client.GetJob("nope").UpdateAsync());

        Assert.Equal("not_found", error.ProviderCode);
        Assert.Single(_host.Sent(Tasks)); // a 404 is not retried, even on this read
    }

    [Fact]
    public async Task Settings_go_top_level_and_only_the_frame_rate_becomes_a_text_flag()
    {
        _host.Serve("POST", Create, Reply.Ok(Created("async-accepted")));
        using var client = TestJobClients.AceData(_host);

        await client.SubmitAsync(new VideoRequest
        {
            Model = "doubao-seedance-1-0-pro-250528",
            Prompt = "A kitten yawning at the camera.",
            Resolution = "720p",
            AspectRatio = "16:9",
            Duration = 5,
            FramesPerSecond = 24,
            Watermark = true,
            Seed = 11,
            CameraFixed = false,
        });

        var body = SentCreate();
        Assert.Equal("A kitten yawning at the camera. --fps 24", (string)body["content"]![0]!["text"]!);
        Assert.Equal(("720p", "16:9", 5, true, 11L, false), ((string)body["resolution"]!, (string)body["ratio"]!, (int)body["duration"]!, (bool)body["watermark"]!, (long)body["seed"]!, (bool)body["camerafixed"]!));
    }

    [Fact]
    public async Task The_documented_inline_flag_prompt_is_sent_as_typed()
    {
        _host.Serve("POST", Create, Reply.Ok(Created("async-accepted")));
        using var client = TestJobClients.AceData(_host);
        var text = (string)SpecExamples.Request(P, "POST", Create, "success")["content"]![0]!["text"]!;

        await client.SubmitAsync(new VideoRequest { Model = "doubao-seedance-1-0-pro-250528", Prompt = text });

        Assert.Equal(text, (string)SentCreate()["content"]![0]!["text"]!);
        Assert.Null(SentCreate()["resolution"]);
    }

    [Fact]
    public async Task An_uploaded_image_is_sent_as_a_data_URL()
    {
        _host.Serve("POST", Create, Reply.Ok(Created("async-accepted")));
        using var client = TestJobClients.AceData(_host);

        await client.SubmitAsync(FromExample("first-last-frame") with { FirstFrame = TestRequests.JpegUpload(), LastFrame = null });

        var url = (string)SentCreate()["content"]![1]!["image_url"]!["url"]!;
        Assert.Equal("data:image/jpeg;base64," + Convert.ToBase64String(TestRequests.Jpeg), url);
    }

    [Fact]
    public async Task Prompt_flags_contradicting_top_level_fields_and_an_over_long_prompt_are_all_reported_and_nothing_is_sent()
    {
        using var client = TestJobClients.AceData(_host);
        var prompt = new string('a', 990) + " --rs 1080p --dur 5";

        var error = await Assert.ThrowsAsync<SeedanceValidationException>(() => client.SubmitAsync(new VideoRequest
        {
            Model = "doubao-seedance-1-0-pro-250528",
            Prompt = prompt,
            Resolution = "720p",
            Duration = 6,
        }));

        Assert.Equal(["max-length", "prompt-flag-conflict", "prompt-flag-conflict"], error.Violations.Select(v => v.Rule).Order());
        Assert.Empty(_host.Journal.Requests);
    }

    [Fact]
    public async Task Prompt_at_the_1000_character_limit_is_sent()
    {
        _host.Serve("POST", Create, Reply.Ok(Created("async-accepted")));
        using var client = TestJobClients.AceData(_host);

        await client.SubmitAsync(new VideoRequest { Model = "doubao-seedance-1-0-pro-250528", Prompt = new string('a', 1000) });

        Assert.Equal(1000, ((string)SentCreate()["content"]![0]!["text"]!).Length);
        Assert.Equal(PromptText.Parse(new string('a', 1000)).Prompt, (string)SentCreate()["content"]![0]!["text"]!);
    }

    [Fact]
    public async Task Cancel_is_not_supported_and_sends_nothing()
    {
        using var client = TestJobClients.AceData(_host);

        var error = await Assert.ThrowsAsync<SeedanceNotSupportedException>(() => client.GetJob(AsyncId).CancelAsync());

        Assert.Equal(P, error.Provider);
        Assert.False(Capabilities.For(P).Cancel);
        Assert.Empty(_host.Journal.Requests);
    }
}
