using System.Net;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;

namespace Seedance.Emulator.Tests;

/// <summary>
/// A finished job's video URL expires like a provider's signed CDN URL, on every provider: alone it is refused as
/// output expired, and the SDK's download renews it from one more status read (the emulator, like Ark, signs a fresh
/// URL on every read). The URL mechanics themselves are in Engine/VideoUrlTests.
/// </summary>
public sealed class VideoUrlRenewalTests
{
    public static TheoryData<string> Providers() => new(ProviderId.All);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_expired_video_url_alone_is_refused_as_output_expired(string provider)
    {
        await using var h = await ProviderHarness.StartAsync(provider);
        var done = await (await h.Client.SubmitAsync(ProviderHarness.RequestFor(provider))).WaitForCompletionAsync(h.Wait());

        h.Clock.Advance(h.Emulator.Options.VideoUrlLifetime + TimeSpan.FromSeconds(1));
        using var http = new HttpClient();
        using var stale = await http.GetAsync(done.VideoUrl);

        Assert.Equal(HttpStatusCode.Forbidden, stale.StatusCode);
        await Assert.ThrowsAsync<SeedanceOutputExpiredException>(() => h.Client.DownloadAsync(done.VideoUrl!, Stream.Null));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Downloading_after_the_url_expired_renews_it_with_one_status_read_and_gets_the_video(string provider)
    {
        await using var h = await ProviderHarness.StartAsync(provider);
        var job = await h.Client.SubmitAsync(ProviderHarness.RequestFor(provider));
        var done = await job.WaitForCompletionAsync(h.Wait());
        var readsBefore = Assert.Single(h.Emulator.GetJobs()).Polls;
        h.Clock.Advance(h.Emulator.Options.VideoUrlLifetime + TimeSpan.FromSeconds(1));

        using var video = new MemoryStream();
        await job.DownloadToAsync(video);

        Assert.Equal(SampleVideo.Content.ToArray(), video.ToArray());
        Assert.Equal(readsBefore + 1, Assert.Single(h.Emulator.GetJobs()).Polls);
        Assert.NotEqual(done.VideoUrl, job.LastStatus!.VideoUrl);
    }
}
