using System.Text.Json.Nodes;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Jobs;

/// <summary>
/// <see cref="VideoJob.WatchAsync(CancellationToken)"/>: one item per observed change, in order, ending
/// after the terminal status; nothing is sent after it; cancelling stops the stream, not the job.
/// </summary>
public sealed class WatchTests : IAsyncLifetime
{
    private const string Get = "/api/open/v1/video/generations/{requestId}";
    private const string Id = "req_1234567890";
    private const string Poll = "/api/open/v1/video/generations/" + Id;
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static JsonNode Ink(string name) => SpecExamples.Response(ProviderId.Seedance2Ink, "GET", Get, 200, name);

    private static async Task<List<VideoJobStatus>> ToListAsync(IAsyncEnumerable<VideoJobStatus> statuses)
    {
        var seen = new List<VideoJobStatus>();
        await foreach (var status in statuses) seen.Add(status);
        return seen;
    }

    [Fact]
    public async Task The_stream_yields_each_change_in_order_and_completes_after_the_terminal_status()
    {
        _host.ServeSequence("GET", Poll,
            Reply.Ok(Ink("queued")), Reply.Ok(Ink("processing")), Reply.Ok(Ink("processing")), Reply.Ok(Ink("succeeded")));
        using var client = TestJobClients.Seedance2Ink(_host);

        var seen = await ToListAsync(client.GetJob(Id).WatchAsync(TestJobClients.Immediate));

        Assert.Equal(["queued", "processing", "succeeded"], seen.Select(s => s.RawStatus));
        Assert.Equal(VideoJobState.Succeeded, seen[^1].State);
        Assert.NotNull(seen[^1].VideoUrl);
        Assert.Equal(4, _host.Sent(Poll, "GET").Count); // the repeated "processing" was polled, not yielded; nothing after the end
    }

    [Fact]
    public async Task A_new_request_id_or_retry_after_alone_is_not_a_change()
    {
        _host.ServeSequence("GET", Poll,
            Reply.Ok(Ink("processing"), ("x-request-id", "r-1"), ("Retry-After", "0")),
            Reply.Ok(Ink("processing"), ("x-request-id", "r-2")),
            Reply.Ok(Ink("succeeded"), ("x-request-id", "r-3")));
        using var client = TestJobClients.Seedance2Ink(_host);

        var seen = await ToListAsync(client.GetJob(Id).WatchAsync(TestJobClients.Immediate));

        Assert.Equal(["r-1", "r-3"], seen.Select(s => s.RequestId));
    }

    [Fact]
    public async Task A_job_that_fails_ends_the_stream_with_its_failed_status_and_no_exception()
    {
        _host.ServeSequence("GET", Poll, Reply.Ok(Ink("processing")), Reply.Ok(Ink("failed")));
        using var client = TestJobClients.Seedance2Ink(_host);

        var seen = await ToListAsync(client.GetJob(Id).WatchAsync(TestJobClients.Immediate));

        Assert.Equal([VideoJobState.Running, VideoJobState.Failed], seen.Select(s => s.State));
        Assert.Equal("generation_failed", seen[^1].Error!.Code);
    }

    [Fact]
    public async Task Cancelling_the_token_stops_the_stream_and_sends_no_cancel()
    {
        _host.Serve("GET", Poll, Reply.Ok(Ink("processing")));
        using var client = TestJobClients.Seedance2Ink(_host);
        using var cts = new CancellationTokenSource();
        var seen = new List<VideoJobStatus>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var status in client.GetJob(Id).WatchAsync(TestJobClients.Immediate, cts.Token))
            {
                seen.Add(status);
                cts.Cancel();
            }
        });

        Assert.Single(seen);
        Assert.Single(_host.Sent(Poll, "GET"));
        Assert.Empty(_host.Sent(Poll + "/cancel"));
    }

    [Fact]
    public async Task The_wait_returns_the_watchs_last_status()
    {
        _host.ServeSequence("GET", Poll, Reply.Ok(Ink("queued")), Reply.Ok(Ink("succeeded")));
        using var client = TestJobClients.Seedance2Ink(_host);
        var progress = new RecordingProgress();

        var final = await client.GetJob(Id).WaitForCompletionAsync(TestJobClients.Immediate, progress);

        Assert.Equal(VideoJobState.Succeeded, final.State);
        Assert.Equal(["queued", "succeeded"], progress.Reports.Select(s => s.RawStatus));
    }
}
