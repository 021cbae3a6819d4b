using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Providers.AceDataSeedance;

namespace Seedance.Emulator.Tests.AceDataSeedance;

/// <summary>A job's life on the emulated AceData API, through the SDK as an app uses it.</summary>
public sealed class AceDataLifecycleTests
{
    internal static VideoRequest Request(string prompt = "A red fox runs through snow") =>
        new() { Model = "doubao-seedance-1-0-pro-250528", Prompt = prompt, Duration = 5, Resolution = "720p", AspectRatio = "16:9" };

    [Fact]
    public async Task Watching_a_job_sees_queued_then_processing_then_succeeded_and_the_download_is_the_sample_video()
    {
        // 10 s render with 2 s queue against AceData's 5 s polls: one poll lands in each phase.
        await using var h = await ProviderHarness.StartAsync(ProviderId.AceDataSeedance, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(2));
        var job = await h.Client.SubmitAsync(Request());

        var seen = new List<VideoJobStatus>();
        await foreach (var status in job.WatchAsync(h.Wait())) seen.Add(status);
        using var video = new MemoryStream();
        await job.DownloadToAsync(video);

        Assert.Equal([VideoJobState.Queued, VideoJobState.Running, VideoJobState.Succeeded], seen.Select(s => s.State).Distinct());
        // A queued record has no response yet (no word); then response.data.status is AceData's word.
        Assert.Equal([null, "processing", "succeeded"], seen.Select(s => s.RawStatus).Distinct());
        Assert.All(seen, s => Assert.Null(s.Progress)); // AceData reports no progress
        Assert.Equal(SampleVideo.Content.ToArray(), video.ToArray());
    }

    [Fact]
    public async Task A_blocking_create_answers_once_the_job_has_ended_with_the_finished_task()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.AceDataSeedance);
        using var client = new AceDataSeedanceJobClient(h.Emulator.ApiKey, new AceDataSeedanceOptions
        {
            Blocking = true,
            Http = new SeedanceClientOptions { BaseUrl = h.Emulator.GetBaseUrl(ProviderId.AceDataSeedance), TimeProvider = h.Clock },
        });

        var job = await client.SubmitAsync(Request());

        Assert.True(job.HasCompleted);
        Assert.Equal(VideoJobState.Succeeded, job.State);
        Assert.NotNull(job.LastStatus!.VideoUrl);
        Assert.True(h.Clock.Elapsed >= h.Emulator.Options.RenderTime, $"answered after {h.Clock.Elapsed} on the emulator's clock");
    }

    [Fact]
    public async Task Stopping_the_emulator_ends_a_blocking_create_whose_clock_never_moves()
    {
        var h = await ProviderHarness.StartAsync(ProviderId.AceDataSeedance, autoAdvance: false);
        // Its own connection: disposing the harness's client would end the request from the client side.
        using var caller = new HttpClient { BaseAddress = h.Http.BaseAddress };
        caller.DefaultRequestHeaders.Authorization = h.Http.DefaultRequestHeaders.Authorization;
        var pending = caller.PostAsJsonAsync("seedance/videos", new JsonObject
        {
            ["model"] = "doubao-seedance-1-0-pro-250528",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "A kitten yawning" }),
        });
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (h.Emulator.GetJobs().Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the create never arrived");
            await Task.Delay(20);
        }

        var stopping = System.Diagnostics.Stopwatch.StartNew();
        await h.DisposeAsync();

        // Without the stop ending the wait, Kestrel would hold the request for its whole shutdown timeout (30 s).
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(15), $"stopped after {stopping.Elapsed}");
        await Assert.ThrowsAnyAsync<Exception>(async () => (await pending).EnsureSuccessStatusCode());
    }

    [Fact]
    public async Task An_uploaded_first_frame_sent_as_a_data_url_is_accepted_and_the_job_succeeds()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.AceDataSeedance);
        // A 1x1 PNG: the SDK sends an upload as a data: URL, which the emulator reads back and the validator checks.
        using var png = new MemoryStream(Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));

        var job = await h.Client.SubmitAsync(Request() with { FirstFrame = ImageInput.FromStream(png, "image/png", "first.png") });
        var done = await job.WaitForCompletionAsync(h.Wait());

        Assert.Equal(VideoJobState.Succeeded, done.State);
    }

    [Fact]
    public async Task An_async_create_answers_only_the_task_id()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.AceDataSeedance);

        using var response = await h.Http.PostAsJsonAsync("seedance/videos", new JsonObject
        {
            ["model"] = "doubao-seedance-1-0-pro-250528",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "A kitten yawning" }),
            ["async"] = true,
        });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        var id = Assert.Single(body!).Value!.GetValue<string>();
        Assert.Equal(id, Assert.Single(h.Emulator.GetJobs()).Id);
    }

    [Fact]
    public async Task A_batch_lookup_returns_the_known_records_and_leaves_out_unknown_ids()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.AceDataSeedance);
        var first = await h.Client.SubmitAsync(Request());
        var second = await h.Client.SubmitAsync(Request());

        using var response = await h.Http.PostAsJsonAsync("seedance/tasks", new JsonObject
        {
            ["action"] = "retrieve_batch",
            ["ids"] = new JsonArray(first.Id, "00000000-0000-4000-8000-000000000000", second.Id),
        });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(2, body!["count"]!.GetValue<int>());
        Assert.Equal([first.Id, second.Id], body["items"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));
    }
}
