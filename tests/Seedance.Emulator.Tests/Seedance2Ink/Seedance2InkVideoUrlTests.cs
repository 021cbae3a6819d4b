using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;

namespace Seedance.Emulator.Tests.Seedance2Ink;

/// <summary>The signed video URL of a Seedance2.ink job: it expires like a CDN's, and a fresh status hands out a new one.</summary>
public sealed class Seedance2InkVideoUrlTests
{
    [Fact]
    public async Task An_expired_video_url_is_refused_as_output_expired()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink);
        var job = await h.Client.SubmitAsync(Seedance2InkLifecycleTests.Request());
        var done = await job.WaitForCompletionAsync(h.Wait());

        h.Clock.Advance(h.Emulator.Options.VideoUrlLifetime + TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<SeedanceOutputExpiredException>(() => h.Client.DownloadAsync(done.VideoUrl!, Stream.Null));
    }

    [Fact]
    public async Task Downloading_after_the_url_expired_renews_it_from_the_status_once_and_gets_the_video()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink);
        var job = await h.Client.SubmitAsync(Seedance2InkLifecycleTests.Request());
        var done = await job.WaitForCompletionAsync(h.Wait());
        var pollsBefore = Assert.Single(h.Emulator.GetJobs()).Polls;
        h.Clock.Advance(h.Emulator.Options.VideoUrlLifetime + TimeSpan.FromSeconds(1));

        using var video = new MemoryStream();
        await job.DownloadToAsync(video);

        // The stale URL gets 403; the SDK reads the status once more, and the emulator signs a
        // fresh URL on every read, so the second attempt succeeds rather than ending in SeedanceOutputExpiredException.
        Assert.Equal(SampleVideo.Content.ToArray(), video.ToArray());
        Assert.Equal(pollsBefore + 1, Assert.Single(h.Emulator.GetJobs()).Polls);
        Assert.NotEqual(done.VideoUrl, job.LastStatus!.VideoUrl);
    }
}
