using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Jobs;

/// <summary>
/// GC.GetTotalAllocatedBytes counts the whole process, so this measurement must not overlap other
/// tests: the collection runs alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationMeasurementCollection
{
    public const string Name = "allocation measurement";
}

/// <summary>A download streams: its managed allocations stay far below the size of the video.</summary>
[Collection(AllocationMeasurementCollection.Name)]
public sealed class LargeDownloadTests : IAsyncLifetime
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
    public async Task A_200_MiB_video_streams_through_with_allocations_far_below_its_size()
    {
        const long size = 200L << 20;
        ServeSucceededJob();
        _host.Given(RequestPattern.For("GET", InkVideo.AbsolutePath)).RespondWith(Faults.LargeBody(size, contentType: "video/mp4"));
        _host.Given(RequestPattern.For("GET", "/warm-up.mp4")).RespondWith(Faults.LargeBody(1 << 20, contentType: "video/mp4"));
        using var client = TestJobClients.Seedance2Ink(_host);
        var job = client.GetJob(InkId);
        await job.UpdateAsync();
        // Warm up the connection pool, the JIT and the host, so the measurement sees the steady state.
        await client.DownloadAsync(new Uri(InkVideo, "/warm-up.mp4"), new VerifyingSink());
        var sink = new VerifyingSink();

        var before = GC.GetTotalAllocatedBytes(precise: true);
        await job.DownloadToAsync(sink);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(size, sink.BytesWritten);
        Assert.Equal(-1, sink.FirstMismatch);
        // The whole process is measured (the in-process host included): still far below the 200 MiB body.
        Assert.True(allocated < 16L << 20, $"allocated {allocated:N0} bytes to download {size:N0}");
    }

}
