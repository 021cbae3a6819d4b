using Seedance.Contracts;
using Seedance.Contracts.Errors;
using Seedance.Emulator;

namespace Seedance.Testing.Tests;

public sealed class DownloadTests
{
    [Fact]
    public async Task A_succeeded_job_downloads_the_emulators_sample_video_to_a_file()
    {
        var fake = new FakeVideoJobClient();
        var job = await fake.SubmitAsync(Kit.ValidRequest());
        await job.WaitForCompletionAsync();
        var path = Path.Combine(Path.GetTempPath(), $"seedance-fake-{Guid.NewGuid():N}.mp4");
        try
        {
            await job.DownloadToFileAsync(path);

            Assert.Equal(SampleVideo.Content.ToArray(), await File.ReadAllBytesAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Opening_from_an_offset_serves_the_rest_of_the_video_with_its_position()
    {
        var video = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();
        var fake = new FakeVideoJobClient(options: new FakeVideoJobClientOptions { Video = video });
        var done = await (await fake.SubmitAsync(Kit.ValidRequest())).WaitForCompletionAsync();

        await using var download = await fake.OpenVideoAsync(done.VideoUrl!, offset: 600);
        using var rest = new MemoryStream();
        await download.Content.CopyToAsync(rest);

        Assert.Equal(video[600..], rest.ToArray());
        Assert.Equal((600L, 400L, 1000L, "video/mp4"), (download.Offset, download.Length!.Value, download.TotalLength!.Value, download.ContentType));
        Assert.Equal(600, fake.CallsOf(FakeVideoJobCallKind.OpenVideo).Single().Offset);
    }

    [Fact]
    public async Task A_script_with_its_own_video_serves_those_bytes()
    {
        var fake = new FakeVideoJobClient().EnqueueJob(FakeJobScript.Succeeds().WithVideo(new byte[] { 1, 2, 3 }));
        var done = await (await fake.SubmitAsync(Kit.ValidRequest())).WaitForCompletionAsync();
        using var sink = new MemoryStream();

        await fake.DownloadAsync(done.VideoUrl!, sink);

        Assert.Equal(new byte[] { 1, 2, 3 }, sink.ToArray());
    }

    [Fact]
    public async Task The_url_of_a_job_that_has_not_succeeded_is_refused_as_expired()
    {
        var fake = new FakeVideoJobClient();
        var job = await fake.SubmitAsync(Kit.ValidRequest());
        var urlNotShownYet = new Uri($"https://{FakeVideoJobClient.VideoHost}/{job.Provider}/{job.Id}.mp4");

        await Assert.ThrowsAsync<SeedanceOutputExpiredException>(() => fake.OpenVideoAsync(urlNotShownYet));
    }

    [Fact]
    public async Task A_url_the_fake_never_issued_is_refused_as_expired()
    {
        var fake = new FakeVideoJobClient();
        using var sink = new MemoryStream();

        await Assert.ThrowsAsync<SeedanceOutputExpiredException>(() => fake.DownloadAsync(new Uri("https://cdn.example.com/video.mp4?sig=x"), sink));
    }

    [Fact]
    public async Task An_expired_video_url_is_refused()
    {
        var fake = new FakeVideoJobClient();
        var done = await (await fake.SubmitAsync(Kit.ValidRequest())).WaitForCompletionAsync();

        fake.ExpireVideoUrls();

        await Assert.ThrowsAsync<SeedanceOutputExpiredException>(() => fake.OpenVideoAsync(done.VideoUrl!));
    }

    [Fact]
    public async Task A_download_after_the_url_expired_reads_the_status_once_for_a_fresh_url()
    {
        var fake = new FakeVideoJobClient();
        var job = await fake.SubmitAsync(Kit.ValidRequest());
        var stale = (await job.WaitForCompletionAsync()).VideoUrl;
        fake.ExpireVideoUrls();
        var readsBefore = fake.CallsOf(FakeVideoJobCallKind.GetStatus).Count;
        using var sink = new MemoryStream();

        await job.DownloadToAsync(sink);

        Assert.Equal(SampleVideo.Content.ToArray(), sink.ToArray());
        Assert.Equal(readsBefore + 1, fake.CallsOf(FakeVideoJobCallKind.GetStatus).Count);
        Assert.NotEqual(stale, job.LastStatus!.VideoUrl);
    }
}
