using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Tests.Http.TestKit;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Jobs;

/// <summary>Downloads stream from the CDN URL without the key and without holding the video in memory.</summary>
public sealed class DownloadTests : IAsyncLifetime
{
    private const string InkGet = "/api/open/v1/video/generations/{requestId}";
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static Uri InkVideo => new((string)SpecExamples.Response(ProviderId.Seedance2Ink, "GET", InkGet, 200, "succeeded")["output"]!["url"]!);

    private static string InkId => (string)SpecExamples.Response(ProviderId.Seedance2Ink, "GET", InkGet, 200, "succeeded")["requestId"]!;

    private void ServeSucceededJob() =>
        _host.Serve("GET", $"/api/open/v1/video/generations/{InkId}", Reply.Ok(SpecExamples.Response(ProviderId.Seedance2Ink, "GET", InkGet, 200, "succeeded")));

    [Fact]
    public async Task The_download_request_carries_no_API_key_and_follows_the_URL_exactly()
    {
        ServeSucceededJob();
        _host.Given(RequestPattern.For("GET", InkVideo.AbsolutePath)).RespondWith(Faults.LargeBody(1000, contentType: "video/mp4"));
        using var client = TestJobClients.Seedance2Ink(_host);
        var job = client.GetJob(InkId);

        await job.DownloadToAsync(new VerifyingSink()); // no status yet: the handle polls first

        var api = Assert.Single(_host.Sent($"/api/open/v1/video/generations/{InkId}")).Request;
        var cdn = Assert.Single(_host.Sent(InkVideo.AbsolutePath)).Request;
        Assert.NotNull(api.GetHeader("Authorization"));
        Assert.Null(cdn.GetHeader("Authorization"));
        Assert.DoesNotContain(cdn.Headers, h => h.Value.Any(v => v.Contains(Pipelines.FakeKey, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Download_to_a_file_writes_every_byte()
    {
        const int size = 3 << 20;
        ServeSucceededJob();
        _host.Given(RequestPattern.For("GET", InkVideo.AbsolutePath)).RespondWith(Faults.LargeBody(size, contentType: "video/mp4"));
        using var client = TestJobClients.Seedance2Ink(_host);
        var path = Path.Combine(Path.GetTempPath(), $"seedance-{Guid.NewGuid():N}.mp4");
        try
        {
            await client.GetJob(InkId).DownloadToFileAsync(path);

            var bytes = await File.ReadAllBytesAsync(path);
            var expected = new byte[size];
            Faults.FillLargeBody(expected, 0);
            Assert.True(bytes.AsSpan().SequenceEqual(expected));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("reset")]
    [InlineData("truncated")]
    public async Task A_broken_transfer_is_a_connection_error_and_leaves_no_partial_file(string fault)
    {
        ServeSucceededJob();
        _host.Given(RequestPattern.For("GET", InkVideo.AbsolutePath)).RespondWith(fault == "reset"
            ? Faults.ResetMidBody(declaredLength: 4 << 20, bytesBeforeReset: 1 << 20, contentType: "video/mp4")
            : Faults.TruncatedBody(new string('v', 100_000), bytesToSend: 50_000, contentType: "video/mp4"));
        using var client = TestJobClients.Seedance2Ink(_host);
        var path = Path.Combine(Path.GetTempPath(), $"seedance-{Guid.NewGuid():N}.mp4");

        var error = await Assert.ThrowsAsync<SeedanceConnectionException>(() => client.GetJob(InkId).DownloadToFileAsync(path));

        Assert.False(File.Exists(path));
        Assert.Equal(ProviderId.Seedance2Ink, error.Provider);
        Assert.Contains("download", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(403, typeof(SeedanceOutputExpiredException))]
    [InlineData(404, typeof(SeedanceOutputExpiredException))]
    [InlineData(410, typeof(SeedanceOutputExpiredException))]
    [InlineData(503, typeof(SeedanceServerException))]
    public async Task A_refused_download_is_typed_and_its_message_hides_the_signed_query(int status, Type expected)
    {
        const string Get = "/v1/videos/{id}";
        var succeeded = SpecExamples.Response(ProviderId.CometApiVideos, "GET", Get, 200, "succeeded");
        var url = new Uri((string)succeeded["video_url"]!);
        Assert.Contains("signature", url.Query, StringComparison.Ordinal); // the documented URL is signed
        _host.Serve("GET", $"/v1/videos/{(string)succeeded["id"]!}", Reply.Ok(succeeded));
        _host.Given(RequestPattern.For("GET", url.AbsolutePath)).RespondWith(Faults.Status(status, "<Error>denied</Error>", "application/xml"));
        using var client = TestJobClients.CometApiVideos(_host);

        var error = await Assert.ThrowsAnyAsync<SeedanceException>(() => client.GetJob((string)succeeded["id"]!).DownloadToAsync(new VerifyingSink()));

        Assert.IsType(expected, error);
        Assert.Equal((System.Net.HttpStatusCode)status, error.StatusCode);
        Assert.DoesNotContain("signature", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("?REDACTED", error.Message, StringComparison.Ordinal);
        Assert.Equal("expires=1776654102&signature=abc123", _host.Sent(url.AbsolutePath)[0].Request.Query.TrimStart('?')); // the real URL was used
    }

    [Fact]
    public async Task A_job_without_a_video_cannot_be_downloaded()
    {
        _host.Serve("GET", $"/api/open/v1/video/generations/{InkId}", Reply.Ok(SpecExamples.Response(ProviderId.Seedance2Ink, "GET", InkGet, 200, "processing")));
        using var client = TestJobClients.Seedance2Ink(_host);
        var path = Path.Combine(Path.GetTempPath(), $"seedance-{Guid.NewGuid():N}.mp4");

        var error = await Assert.ThrowsAsync<SeedanceException>(() => client.GetJob(InkId).DownloadToFileAsync(path));

        Assert.Contains("no video", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
