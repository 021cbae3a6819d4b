using System.Text.Json.Nodes;
using Seedance.Contracts;

namespace Seedance.Emulator.Tests.CometApiVideos;

/// <summary>A job through the SDK, as an app would run it against the emulator's /v1/videos route.</summary>
public sealed class VideosLifecycleTests
{
    [Fact]
    public async Task Watching_a_job_sees_cometapis_words_in_order_with_rising_progress()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VideosKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VideosKit.Provider);

        var job = await client.SubmitAsync(VideosKit.Request());
        var seen = new List<VideoJobStatus>();
        await foreach (var status in job.WatchAsync(new WaitOptions { TimeProvider = clock, PollInterval = TimeSpan.FromSeconds(1) }))
            seen.Add(status);

        Assert.Equal(["SUBMITTED", "IN_PROGRESS", "SUCCESS"], seen.Select(s => s.RawStatus).Distinct());
        var progress = seen.Select(s => s.Progress ?? -1).ToList();
        Assert.Equal(progress.Order(), progress);
        Assert.Contains(progress, p => p is > 0 and < 100);
        Assert.Equal(100, progress[^1]);
    }

    [Fact]
    public async Task A_succeeded_jobs_download_is_the_sample_video()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VideosKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VideosKit.Provider);

        var job = await client.SubmitAsync(VideosKit.Request());
        await job.WaitForCompletionAsync(new WaitOptions { TimeProvider = clock });
        using var file = new MemoryStream();
        await job.DownloadToAsync(file);

        Assert.Equal(SampleVideo.Content.ToArray(), file.ToArray());
    }

    [Fact]
    public async Task The_create_reply_carries_the_id_twice_and_the_status_reply_once()
    {
        await using var emulator = await VideosKit.StartAsync(new AutoAdvancingTimeProvider());
        using var http = VideosKit.Raw(emulator);

        var created = JsonNode.Parse(await (await http.PostAsync("v1/videos", VideosKit.Form(("prompt", "A fox"), ("model", VideosKit.Model)))).Content.ReadAsStringAsync())!;
        var status = JsonNode.Parse(await http.GetStringAsync($"v1/videos/{created["id"]}"))!;

        // Quirk comet-task-id-alias: create has id and task_id (seed:000), the query page's bodies only id.
        Assert.Equal((string)created["id"]!, (string)created["task_id"]!);
        Assert.Matches("^task_[a-z0-9]+$", (string)created["id"]!);
        Assert.Null(status["task_id"]);
        Assert.Equal((string)created["id"]!, (string)status["id"]!);
    }

    [Fact]
    public async Task An_image_to_video_job_with_a_png_input_reference_succeeds()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VideosKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VideosKit.Provider);
        using var png = new MemoryStream(VideosKit.Png);

        var job = await client.SubmitAsync(VideosKit.Request() with { FirstFrame = ImageInput.FromStream(png, "image/png", "first.png") });
        var status = await job.WaitForCompletionAsync(new WaitOptions { TimeProvider = clock });

        Assert.Equal(VideoJobState.Succeeded, status.State);
    }
}
