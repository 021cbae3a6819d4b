using System.Text.Json.Nodes;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Providers.Seedance2Ink;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Jobs;

/// <summary>
/// The download engine against a real range-capable server: resume with Range/If-Range without fetching a
/// byte twice, a bounded number of resumes, restart when the file changed, atomic files, a fresh URL when
/// the signed one expired, progress, and GET only.
/// </summary>
public sealed class ResumableDownloadTests : IAsyncLifetime
{
    private const string Id = "req_1234567890";
    private const string Poll = "/api/open/v1/video/generations/" + Id;
    private ReplayHost _api = null!;
    private RangeVideoServer _cdn = null!;
    private readonly string _path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"seedance-{Guid.NewGuid():N}.mp4");

    public async Task InitializeAsync()
    {
        _api = await TestJobClients.StartHostAsync();
        _cdn = await RangeVideoServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        File.Delete(_path);
        await _cdn.DisposeAsync();
        await _api.DisposeAsync();
    }

    private static JsonNode Succeeded(string signature)
    {
        var body = SpecExamples.Response(ProviderId.Seedance2Ink, "GET", "/api/open/v1/video/generations/{requestId}", 200, "succeeded");
        body["output"]!["url"] = $"https://pub-your-bucket.r2.dev{RangeVideoServer.Path}?sig={signature}";
        return body;
    }

    private Seedance2InkJobClient Client(TimeProvider? clock = null)
    {
        var options = TestJobClients.Configure(new Seedance2InkOptions(), _api);
        if (clock is not null) options.Http.TimeProvider = clock;
        options.DownloadHandler = new RedirectToHostHandler(_cdn.BaseUrl);
        return new Seedance2InkJobClient(TestJobClients.Key, options);
    }

    private string[] DirectoryLeftovers() =>
        Directory.GetFiles(System.IO.Path.GetDirectoryName(_path)!, $".{System.IO.Path.GetFileName(_path)}.*");

    [Fact]
    public async Task A_connection_dropped_mid_body_resumes_with_a_range_and_fetches_no_byte_twice()
    {
        _api.Serve("GET", Poll, Reply.Ok(Succeeded("a")));
        _cdn.CutResponses = 1;
        _cdn.CutAfterBytes = 300_000;
        using var client = Client();

        await client.GetJob(Id).DownloadToFileAsync(_path);

        Assert.Equal(_cdn.Video, await File.ReadAllBytesAsync(_path));
        var requests = _cdn.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Null(requests[0].Range);
        // The resume asks from the first byte that arrived (an aborted connection may lose some of the 300 000
        // the server wrote), guarded by the ETag, and the server then sends exactly the rest.
        var received = ResumedFrom(requests[1].Range);
        Assert.InRange(received, 1, 300_000);
        Assert.Equal("\"v1\"", requests[1].IfRange);
        Assert.Equal(300_000 + (_cdn.Video.Length - received), _cdn.BytesSent);
    }

    [Fact]
    public async Task Resuming_stops_after_the_limit_leaving_no_partial_file_and_the_old_file_intact()
    {
        await File.WriteAllTextAsync(_path, "the previous video");
        _api.Serve("GET", Poll, Reply.Ok(Succeeded("a")));
        _cdn.CutResponses = int.MaxValue;
        _cdn.CutAfterBytes = 100_000;
        using var client = Client();

        var error = await Assert.ThrowsAsync<SeedanceConnectionException>(() => client.GetJob(Id).DownloadToFileAsync(_path));

        Assert.Contains("3 resumes", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, _cdn.Requests.Count); // the first request and three resumes
        Assert.Equal("the previous video", await File.ReadAllTextAsync(_path));
        Assert.Empty(DirectoryLeftovers());
    }

    [Fact]
    public async Task Each_resume_waits_on_the_clients_clock_twice_as_long_as_the_one_before()
    {
        _api.Serve("GET", Poll, Reply.Ok(Succeeded("a")));
        _cdn.CutResponses = 3;
        _cdn.CutAfterBytes = 100_000;
        var clock = new AutoAdvancingTimeProvider();
        using var client = Client(clock);

        await client.GetJob(Id).DownloadToFileAsync(_path);

        Assert.Equal(_cdn.Video, await File.ReadAllBytesAsync(_path));
        Assert.Equal([TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)], clock.AutoFired);
    }

    [Fact]
    public async Task Cancelling_during_the_pause_before_a_resume_stops_without_reconnecting()
    {
        _api.Serve("GET", Poll, Reply.Ok(Succeeded("a")));
        _cdn.CutResponses = 1;
        _cdn.CutAfterBytes = 100_000;
        var clock = new PauseWatchingClock();   // the pause never ends by itself
        using var client = Client(clock);
        using var cancel = new CancellationTokenSource();

        var download = client.GetJob(Id).DownloadToFileAsync(_path, cancel.Token);
        await clock.PauseArmed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => download.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Single(_cdn.Requests);
        Assert.Empty(DirectoryLeftovers());
    }

    // Tells when the first resume's pause is armed; fires nothing unless advanced.
    private sealed class PauseWatchingClock : Microsoft.Extensions.Time.Testing.FakeTimeProvider
    {
        public TaskCompletionSource PauseArmed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            if (dueTime == TimeSpan.FromMilliseconds(250)) PauseArmed.TrySetResult();
            return timer;
        }
    }

    [Fact]
    public async Task When_the_file_changed_between_requests_the_download_starts_over_with_the_new_file()
    {
        _api.Serve("GET", Poll, Reply.Ok(Succeeded("a")));
        _cdn.CutResponses = 1;
        _cdn.CutAfterBytes = 300_000;
        var replaced = (byte[])_cdn.Video.Clone();
        replaced[0] ^= 0xFF;
        _cdn.ReplacementAfterCut = replaced;
        using var client = Client();
        using var sink = new MemoryStream();
        var progress = new List<DownloadProgress>();

        await client.GetJob(Id).DownloadToAsync(sink, new SynchronousProgress<DownloadProgress>(progress.Add));

        Assert.Equal(replaced, sink.ToArray());
        var requests = _cdn.Requests.ToArray();
        Assert.InRange(ResumedFrom(requests[1].Range), 1, 300_000);
        Assert.Equal("\"v1\"", requests[1].IfRange); // the server saw the change: 200 and the whole file
        Assert.Equal(300_000 + replaced.Length, _cdn.BytesSent);
        Assert.Equal(new DownloadProgress(replaced.Length, replaced.Length), progress[^1]);
    }

    [Fact]
    public async Task An_expired_signed_url_is_renewed_from_a_fresh_status_read()
    {
        _api.ServeSequence("GET", Poll, Reply.Ok(Succeeded("old")), Reply.Ok(Succeeded("new")));
        _cdn.RefusedSignature = "old";
        using var client = Client();
        var job = client.GetJob(Id);
        await job.UpdateAsync();

        await job.DownloadToFileAsync(_path);

        Assert.Equal(_cdn.Video, await File.ReadAllBytesAsync(_path));
        Assert.Equal(["?sig=old", "?sig=new"], _cdn.Requests.Select(r => r.Query));
        Assert.Equal(2, _api.Sent(Poll, "GET").Count);
    }

    [Fact]
    public async Task An_expired_url_without_a_fresh_one_is_the_typed_output_expired_error()
    {
        _api.Serve("GET", Poll, Reply.Ok(Succeeded("old")));
        _cdn.RefusedSignature = "old";
        using var client = Client();

        var error = await Assert.ThrowsAsync<SeedanceOutputExpiredException>(() => client.GetJob(Id).DownloadToFileAsync(_path));

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.StatusCode);
        Assert.DoesNotContain("sig=old", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_path));
    }

    [Fact]
    public async Task OpenRead_gives_the_stream_with_its_content_type_and_length_using_GET_only()
    {
        _api.Serve("GET", Poll, Reply.Ok(Succeeded("a")));
        using var client = Client();

        await using var video = await client.GetJob(Id).OpenReadAsync();
        using var copy = new MemoryStream();
        await video.Content.CopyToAsync(copy);

        Assert.Equal("video/mp4", video.ContentType);
        Assert.Equal(_cdn.Video.Length, video.Length);
        Assert.Equal("\"v1\"", video.Validator);
        Assert.Equal(_cdn.Video, copy.ToArray());
        Assert.All(_cdn.Requests, r => Assert.Equal("GET", r.Method));
    }

    [Fact]
    public async Task Progress_counts_up_to_the_length_and_never_counts_a_resumed_byte_twice()
    {
        _api.Serve("GET", Poll, Reply.Ok(Succeeded("a")));
        _cdn.CutResponses = 1;
        _cdn.CutAfterBytes = 500_000;
        using var client = Client();
        var progress = new List<DownloadProgress>();

        await client.GetJob(Id).DownloadToFileAsync(_path, new SynchronousProgress<DownloadProgress>(progress.Add));

        Assert.Equal(new DownloadProgress(_cdn.Video.Length, _cdn.Video.Length), progress[^1]);
        Assert.Equal(progress.Select(p => p.BytesReceived).Order(), progress.Select(p => p.BytesReceived));
        Assert.All(progress, p => Assert.InRange(p.BytesReceived, 1, _cdn.Video.Length));
    }

    private static long ResumedFrom(string? range)
    {
        Assert.NotNull(range);
        Assert.StartsWith("bytes=", range, StringComparison.Ordinal);
        Assert.EndsWith("-", range, StringComparison.Ordinal);
        return long.Parse(range["bytes=".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs the callback where Report is called, so the list is in order when the download returns.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
