using Seedance.Conformance.Replay;

namespace Seedance.Conformance.Tests;

/// <summary>
/// GC.GetTotalAllocatedBytes counts the whole process, so an allocation measurement must not overlap
/// other tests: this collection runs alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationMeasurementCollection
{
    public const string Name = "allocation measurement";
}

/// <summary>The replay host streams a large body: its managed allocations stay far below the body size.</summary>
[Collection(AllocationMeasurementCollection.Name)]
public class LargeBodyStreamingTests
{
    [Fact]
    public async Task A_200_MiB_body_streams_with_bounded_allocation_and_exact_bytes()
    {
        const long length = 200L * 1024 * 1024;
        await using var host = await ReplayHost.StartAsync();
        host.Given(RequestPattern.For("GET", "/video.mp4")).RespondWith(Faults.LargeBody(length, contentType: "video/mp4"));
        using var client = host.CreateClient();

        var before = GC.GetTotalAllocatedBytes(precise: true);
        using var response = await client.GetAsync("/video.mp4", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(length, response.Content.Headers.ContentLength);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        var expected = new byte[buffer.Length];
        long offset = 0;
        int n;
        while ((n = await stream.ReadAsync(buffer)) > 0)
        {
            Faults.FillLargeBody(expected.AsSpan(0, n), offset);
            Assert.True(buffer.AsSpan(0, n).SequenceEqual(expected.AsSpan(0, n)), $"bytes differ near offset {offset}");
            offset += n;
        }
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(length, offset);
        // Server and client together; buffering the body anywhere would allocate >= 200 MiB.
        Assert.True(allocated < 32L * 1024 * 1024, $"allocated {allocated:N0} bytes while streaming {length:N0}");
    }
}

public class LargeBodyTests
{
    [Fact]
    public async Task A_50_MiB_error_body_carries_its_status()
    {
        await using var host = await ReplayHost.StartAsync();
        host.Given(RequestPattern.For("POST", "/v1/videos")).RespondWith(Faults.LargeBody(50L * 1024 * 1024, 500, "text/plain"));
        using var client = host.CreateClient();
        using var response = await client.PostAsync("/v1/videos", new StringContent("{}"));
        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(50L * 1024 * 1024, (await response.Content.ReadAsByteArrayAsync()).LongLength);
    }

    [Fact]
    public void Large_body_bytes_are_not_a_trivial_pattern()
    {
        var bytes = new byte[4096];
        Faults.FillLargeBody(bytes, 1_000_000);
        Assert.True(bytes.Distinct().Count() > 200);
        Assert.Equal(Faults.LargeBodyByteAt(1_000_123), bytes[123]);
    }
}
