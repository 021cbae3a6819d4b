using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;

namespace Seedance.Emulator.Tests.Seedance2Ink;

/// <summary>A job's life on the emulated Seedance2.ink API, through the SDK as an app uses it.</summary>
public sealed class Seedance2InkLifecycleTests
{
    internal static VideoRequest Request(string prompt = "A river flowing through an autumn forest") =>
        new() { Model = "seedance-2.0", Prompt = prompt, Duration = 5, Resolution = "720p", AspectRatio = "16:9" };

    [Fact]
    public async Task Watching_a_job_sees_queued_then_processing_then_succeeded_and_the_download_is_the_sample_video()
    {
        // 10 s render with 2 s queue against Seedance2.ink's 5 s polls: one poll lands in each phase.
        await using var h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(2));
        var job = await h.Client.SubmitAsync(Request());

        var seen = new List<VideoJobStatus>();
        await foreach (var status in job.WatchAsync(h.Wait())) seen.Add(status);
        using var video = new MemoryStream();
        await job.DownloadToAsync(video);

        Assert.Equal([VideoJobState.Queued, VideoJobState.Running, VideoJobState.Succeeded], seen.Select(s => s.State).Distinct());
        Assert.Equal(["queued", "processing", "succeeded"], seen.Select(s => s.RawStatus).Distinct());
        Assert.All(seen, s => Assert.Null(s.Progress)); // Seedance2.ink reports no progress
        Assert.Equal(SampleVideo.Content.ToArray(), video.ToArray());
    }

    [Fact]
    public async Task The_create_reply_is_queued_with_the_credits_charged()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink);

        var job = await h.Client.SubmitAsync(Request() with { Duration = 10 });

        Assert.Equal("queued", job.RawStatus);
        Assert.Equal(80, job.LastStatus!.CreditsCharged);
        Assert.StartsWith("req_", job.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_echoes_the_request()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink);
        var job = await h.Client.SubmitAsync(Request());

        var body = await h.Http.GetFromJsonAsync<JsonObject>($"api/open/v1/video/generations/{job.Id}");

        Assert.Equal("seedance-2.0", body!["model"]!.GetValue<string>());
        Assert.Equal(5, body["duration"]!.GetValue<int>());
        Assert.Equal("16:9", body["aspectRatio"]!.GetValue<string>());
        Assert.Equal("720p", body["resolution"]!.GetValue<string>());
    }
}
