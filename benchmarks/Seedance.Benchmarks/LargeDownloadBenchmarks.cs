using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Seedance.Conformance.Replay;
using Seedance.Contracts;
using Seedance.Contracts.Providers.Seedance2Ink;

namespace Seedance.Benchmarks;

/// <summary>
/// Benchmark P2 (issue 13): a 1 GiB video over loopback through the SDK's download engine
/// (<see cref="VideoJob.DownloadToAsync(Stream, IProgress{DownloadProgress}?, CancellationToken)"/>: range-resume
/// bookkeeping, progress, length check) against the floor, a raw <see cref="HttpClient"/> GET with
/// <see cref="HttpCompletionOption.ResponseHeadersRead"/> copied with <see cref="Stream.CopyToAsync(Stream)"/>.
/// Targets: at least 0.9× the floor's throughput (Ratio ≤ 1.11) and under 1 MiB of managed allocations per GiB.
/// </summary>
/// <remarks>
/// The video comes from a separate process (<see cref="VideoServerProcess"/>), so the Allocated column is the
/// client's alone. The job's status (read once, in the setup) comes from an in-process replay host.
/// </remarks>
[MemoryDiagnoser]
public class LargeDownloadBenchmarks
{
    public const long VideoBytes = 1L << 30;

    private ReplayHost _host = null!;
    private VideoServerProcess _server = null!;
    private HttpClient _plain = null!;
    private Seedance2InkJobClient _client = null!;
    private VideoJob _job = null!;
    private Uri _videoUrl = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = await ReplayHost.StartAsync(new ReplayHostOptions());
        _server = VideoServerProcess.Start(VideoBytes);
        var body = JsonNode.Parse(Recordings.ReadBody(Recordings.InkSucceeded))!;
        var jobId = (string)body["requestId"]!;
        _videoUrl = new Uri(_server.BaseUrl, VideoServerProcess.Path);
        body["output"]!["url"] = _videoUrl.AbsoluteUri;
        _host.Given(RequestPattern.For("GET", $"/api/open/v1/video/generations/{jobId}")).RespondWith(Faults.Status(200, body.ToJsonString()));

        _plain = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        _client = new Seedance2InkJobClient(new SeedanceApiKey("sd2_live_benchmark"),
            new Seedance2InkOptions { Http = new SeedanceClientOptions { BaseUrl = _host.BaseUrl } });
        _job = _client.GetJob(jobId);
        await _job.UpdateAsync(); // the measured call is the download alone

        long last = 0;
        await _job.DownloadToAsync(Stream.Null, new Sync(p => last = p.BytesReceived));
        if (last != VideoBytes) throw new InvalidOperationException($"The SDK reported {last} bytes, expected {VideoBytes}.");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client.Dispose();
        _plain.Dispose();
        _server.Dispose();
        await _host.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "HttpClient GET (ResponseHeadersRead) + CopyToAsync")]
    public async Task RawStreamCopy()
    {
        using var response = await _plain.GetAsync(_videoUrl, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        await body.CopyToAsync(Stream.Null);
    }

    [Benchmark(Description = "VideoJob.DownloadToAsync (engine, with progress)")]
    public Task SdkDownload() => _job.DownloadToAsync(Stream.Null, new Sync(_ => { }));

    private sealed class Sync(Action<DownloadProgress> report) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => report(value);
    }
}
