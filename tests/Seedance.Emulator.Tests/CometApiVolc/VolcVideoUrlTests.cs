using System.Net;
using Seedance.Contracts;

namespace Seedance.Emulator.Tests.CometApiVolc;

/// <summary>The task's video URL: signed, GET-only and expiring like Ark's presigned links.</summary>
public sealed class VolcVideoUrlTests
{
    [Fact]
    public async Task An_expired_url_is_refused_and_the_sdk_downloads_through_the_fresh_one_a_new_status_read_hands_out()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VolcKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VolcKit.Provider);
        var job = await client.SubmitAsync(VolcKit.Request());
        var done = await job.WaitForCompletionAsync(new WaitOptions { TimeProvider = clock });
        var pollsBefore = emulator.GetJobs()[0].Polls;

        clock.Advance(emulator.Options.VideoUrlLifetime + TimeSpan.FromSeconds(1));
        using var http = new HttpClient();
        var stale = await http.GetAsync(done.VideoUrl);
        using var file = new MemoryStream();
        await job.DownloadToAsync(file);

        // The old URL is 403; the SDK reads the status once more, and Ark (like the emulator) signs a new URL per read.
        Assert.Equal(HttpStatusCode.Forbidden, stale.StatusCode);
        Assert.Equal(pollsBefore + 1, emulator.GetJobs()[0].Polls);
        Assert.Equal(SampleVideo.Content.ToArray(), file.ToArray());
    }

    [Fact]
    public async Task The_video_url_answers_get_only()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VolcKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VolcKit.Provider);
        var done = await (await client.SubmitAsync(VolcKit.Request())).WaitForCompletionAsync(new WaitOptions { TimeProvider = clock });
        using var http = new HttpClient();

        var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, done.VideoUrl));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, head.StatusCode);
    }
}
