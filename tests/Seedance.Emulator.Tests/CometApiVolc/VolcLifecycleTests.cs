using Seedance.Contracts;

namespace Seedance.Emulator.Tests.CometApiVolc;

/// <summary>A job through the SDK, as an app would run it against the emulator's Volc (Ark) route.</summary>
public sealed class VolcLifecycleTests
{
    [Fact]
    public async Task Watching_a_job_sees_arks_words_in_order_with_the_video_at_the_end()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VolcKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VolcKit.Provider);

        var job = await client.SubmitAsync(VolcKit.Request());
        var seen = new List<VideoJobStatus>();
        await foreach (var status in job.WatchAsync(new WaitOptions { TimeProvider = clock, PollInterval = TimeSpan.FromSeconds(1) }))
            seen.Add(status);

        Assert.Equal(["queued", "running", "succeeded"], seen.Select(s => s.RawStatus).Distinct());
        Assert.Equal([VideoJobState.Queued, VideoJobState.Running, VideoJobState.Succeeded], seen.Select(s => s.State).Distinct());
        Assert.Matches(@"^cgt-\d{14}-[a-z0-9]{5}$", job.Id);
        Assert.NotNull(seen[^1].VideoUrl);
        Assert.NotNull(seen[^1].Usage);
    }

    [Fact]
    public async Task A_succeeded_jobs_download_is_the_sample_video()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VolcKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VolcKit.Provider);

        var job = await client.SubmitAsync(VolcKit.Request());
        await job.WaitForCompletionAsync(new WaitOptions { TimeProvider = clock });
        using var file = new MemoryStream();
        await job.DownloadToAsync(file);

        Assert.Equal(SampleVideo.Content.ToArray(), file.ToArray());
    }

    [Fact]
    public async Task The_task_reports_the_settings_the_text_commands_asked_for()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VolcKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VolcKit.Provider);
        var job = await client.SubmitAsync(VolcKit.Request() with { Resolution = "480p", AspectRatio = "9:16", Duration = 7, Seed = 42 });
        await job.WaitForCompletionAsync(new WaitOptions { TimeProvider = clock });

        using var http = VolcKit.Raw(emulator);
        var task = System.Text.Json.Nodes.JsonNode.Parse(await http.GetStringAsync($"{VolcKit.Tasks}/{job.Id}"))!;

        Assert.Equal(("480p", "9:16", 7, 42L, 24), ((string)task["resolution"]!, (string)task["ratio"]!, (int)task["duration"]!, (long)task["seed"]!, (int)task["framespersecond"]!));
    }

    [Fact]
    public async Task No_progress_is_reported_as_arks_task_object_has_no_progress_field()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VolcKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VolcKit.Provider);
        var job = await client.SubmitAsync(VolcKit.Request());

        // Ark's task object has no progress field, so the SDK reports none: the emulator adds none either.
        var statuses = new List<VideoJobStatus>();
        await foreach (var status in job.WatchAsync(new WaitOptions { TimeProvider = clock, PollInterval = TimeSpan.FromSeconds(1) }))
            statuses.Add(status);

        Assert.All(statuses, s => Assert.Null(s.Progress));
    }
}
