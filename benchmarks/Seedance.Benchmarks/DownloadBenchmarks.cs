using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Seedance.Conformance.Replay;
using Seedance.Contracts;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Providers.Seedance2Ink;

namespace Seedance.Benchmarks;

/// <summary>
/// Downloading a finished 64 MiB video over loopback from the in-process replay host.
/// Baseline: <see cref="HttpClient.GetByteArrayAsync(Uri)"/>, the one-liner most callers would write,
/// which holds the whole video in memory before writing it. Compared with the SDK's public path,
/// <see cref="VideoJob.DownloadToAsync"/>, which streams through one pooled 64 KiB buffer. The
/// interesting number is Alloc Ratio (the video should not be buffered); Ratio shows that streaming
/// costs no speed.
/// </summary>
/// <remarks>
/// MemoryDiagnoser counts the whole process, and the replay host (Kestrel) lives in it, so both rows
/// include the server's allocations for the same 64 MiB response; the difference is the client's.
/// </remarks>
[MemoryDiagnoser]
public class DownloadBenchmarks
{
    /// <summary>The video size: large enough that buffering it shows, small enough for a short run.</summary>
    public const long VideoBytes = 64L << 20;

    private ReplayHost _host = null!;
    private HttpClient _plain = null!;
    private Seedance2InkJobClient _client = null!;
    private VideoJob _job = null!;
    private Uri _videoUrl = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = await ReplayHost.StartAsync(new ReplayHostOptions());

        // The documented succeeded body, with its CDN URL moved onto the host (same path), so the SDK
        // takes the URL from a real status poll exactly as it would in production.
        var body = JsonNode.Parse(Recordings.ReadBody(Recordings.InkSucceeded))!;
        var jobId = (string)body["requestId"]!;
        var documentedUrl = new Uri((string)body["output"]!["url"]!);
        _videoUrl = new Uri(_host.BaseUrl, documentedUrl.AbsolutePath);
        body["output"]!["url"] = _videoUrl.AbsoluteUri;

        _host.Given(RequestPattern.For("GET", $"/api/open/v1/video/generations/{jobId}"))
            .RespondWith(Faults.Status(200, body.ToJsonString()));
        _host.Given(RequestPattern.For("GET", _videoUrl.AbsolutePath))
            .RespondWith(Faults.LargeBody(VideoBytes, contentType: "video/mp4"));

        _plain = new HttpClient();
        _client = new Seedance2InkJobClient(
            new SeedanceApiKey("sd2_live_benchmark"),
            new Seedance2InkOptions { Http = new SeedanceClientOptions { BaseUrl = _host.BaseUrl } });

        // Rehydrate the handle and poll once here, so the measured call is the download alone (a handle
        // with no known URL would poll inside DownloadToAsync).
        _job = _client.GetJob(jobId);
        var status = await _job.UpdateAsync();
        if (status.State != VideoJobState.Succeeded)
            throw new InvalidOperationException($"The replayed job is {status.State}, not succeeded: the setup is wrong.");

        // Fail fast on a setup that downloads the wrong thing instead of benchmarking it.
        var counted = new CountingStream();
        await _job.DownloadToAsync(counted);
        if (counted.BytesWritten != VideoBytes)
            throw new InvalidOperationException($"The SDK downloaded {counted.BytesWritten} bytes, expected {VideoBytes}.");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client.Dispose();
        _plain.Dispose();
        await _host.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "HttpClient.GetByteArrayAsync + write")]
    public async Task<int> BufferedGetByteArray()
    {
        var bytes = await _plain.GetByteArrayAsync(_videoUrl);
        await Stream.Null.WriteAsync(bytes);
        return bytes.Length;
    }

    [Benchmark(Description = "VideoJob.DownloadToAsync (SDK)")]
    public Task SdkDownloadToAsync() => _job.DownloadToAsync(Stream.Null);

    /// <summary>A write-only sink that only counts, for the setup's sanity check.</summary>
    private sealed class CountingStream : Stream
    {
        public long BytesWritten { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => BytesWritten;

        public override long Position { get => BytesWritten; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => BytesWritten += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            BytesWritten += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
