using System.Net;
using Seedance.Contracts;

namespace Seedance.Emulator.Tests.CometApiVideos;

/// <summary>The video_url of a SUCCESS job: signed and expiring, as the spec says CometAPI's links are.</summary>
public sealed class VideosVideoUrlTests
{
    [Fact]
    public async Task An_expired_url_is_refused_and_the_sdk_downloads_through_the_fresh_one_a_new_status_read_hands_out()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VideosKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VideosKit.Provider);
        var job = await client.SubmitAsync(VideosKit.Request());
        var done = await job.WaitForCompletionAsync(new WaitOptions { TimeProvider = clock });
        var pollsBefore = emulator.GetJobs()[0].Polls;

        clock.Advance(emulator.Options.VideoUrlLifetime + TimeSpan.FromSeconds(1));
        using var http = new HttpClient();
        var stale = await http.GetAsync(done.VideoUrl);
        using var file = new MemoryStream();
        await job.DownloadToAsync(file);

        // The SDK renews the URL once from the status; the emulator signs a fresh URL on every read, so it works.
        Assert.Equal(HttpStatusCode.Forbidden, stale.StatusCode);
        Assert.Equal(pollsBefore + 1, emulator.GetJobs()[0].Polls);
        Assert.Equal(SampleVideo.Content.ToArray(), file.ToArray());
    }
}
