using System.Text.Json.Nodes;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Providers.CometApiVideos;
using Seedance.Contracts.Tests.Http.TestKit;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Jobs;

/// <summary>
/// Polling rules: interval, Retry-After within floor and ceiling, deadline, and cancellation that stops
/// the waiting but not the job. Delays are asserted on a fake clock (the due times it was asked for),
/// never on the wall clock.
/// </summary>
public sealed class WaitForCompletionTests : IAsyncLifetime
{
    private const string InkGet = "/api/open/v1/video/generations/{requestId}";
    private const string CometGet = "/v1/videos/{id}";
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static JsonNode Ink(string name) => SpecExamples.Response(ProviderId.Seedance2Ink, "GET", InkGet, 200, name);

    private static JsonNode Comet(string name) => SpecExamples.Response(ProviderId.CometApiVideos, "GET", CometGet, 200, name);

    private static string InkId => (string)Ink("queued")["requestId"]!;

    private static string InkPoll => $"/api/open/v1/video/generations/{InkId}";

    private static string CometId => (string)Comet("in-progress")["id"]!;

    private static string CometPoll => $"/v1/videos/{CometId}";

    [Fact]
    public async Task Without_Retry_After_the_wait_uses_the_providers_documented_interval()
    {
        _host.ServeSequence("GET", CometPoll, Reply.Ok(Comet("in-progress")), Reply.Ok(Comet("succeeded")));
        using var client = TestJobClients.CometApiVideos(_host);
        var clock = new AutoAdvancingTimeProvider();

        await client.GetJob(CometId).WaitForCompletionAsync(new WaitOptions { TimeProvider = clock });

        Assert.Equal([CometApiVideosJobClient.PollInterval], clock.AutoFired);
        Assert.Equal(TimeSpan.FromSeconds(10), client.DefaultPollInterval); // CometAPI: "poll every 10 to 20 seconds"
    }

    [Theory]
    [InlineData("30", 30)]     // honoured as sent
    [InlineData("3600", 60)]   // capped at MaxPollInterval
    [InlineData("0", 1)]       // raised to MinPollInterval
    [InlineData("2.5", 2.5)]   // fractions allowed
    public async Task Retry_After_on_a_poll_response_sets_the_next_delay_within_floor_and_ceiling(string header, double expectedSeconds)
    {
        _host.ServeSequence("GET", InkPoll, Reply.Ok(Ink("processing"), ("Retry-After", header)), Reply.Ok(Ink("succeeded")));
        using var client = TestJobClients.Seedance2Ink(_host);
        var clock = new AutoAdvancingTimeProvider();
        var progress = new RecordingProgress();

        await client.GetJob(InkId).WaitForCompletionAsync(new WaitOptions { TimeProvider = clock }, progress);

        Assert.Equal([TimeSpan.FromSeconds(expectedSeconds)], clock.AutoFired);
        Assert.Equal(double.Parse(header, System.Globalization.CultureInfo.InvariantCulture), progress.Reports[0].RetryAfter!.Value.TotalSeconds);
    }

    [Fact]
    public async Task The_deadline_stops_the_wait_with_a_timeout_after_a_last_poll_at_the_deadline()
    {
        _host.ServeSequence("GET", CometPoll, Reply.Ok(Comet("submitted")), Reply.Ok(Comet("in-progress")));
        using var client = TestJobClients.CometApiVideos(_host);
        var clock = new AutoAdvancingTimeProvider();
        var progress = new RecordingProgress();

        var error = await Assert.ThrowsAsync<SeedanceTimeoutException>(() => client.GetJob(CometId).WaitForCompletionAsync(
            new WaitOptions { TimeProvider = clock, Deadline = TimeSpan.FromSeconds(25) }, progress));

        Assert.Equal(SeedanceTimeoutKind.WaitDeadline, error.Kind);
        Assert.Equal(TimeSpan.FromSeconds(25), error.Timeout);
        Assert.Equal([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5)], clock.AutoFired); // the last sleep is cut to the deadline
        Assert.Equal(4, _host.Sent(CometPoll).Count);                    // t = 0, 10, 20, 25
        Assert.Equal(["SUBMITTED", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS"], progress.RawStatuses);
        Assert.Contains("keeps running", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_the_token_while_a_poll_is_in_flight_returns_at_once_and_leaves_the_job_running()
    {
        _host.Given(RequestPattern.For("GET", InkPoll)).InScenario("ink").WhenScenarioStateIs("Started").WillSetStateTo("stuck")
            .RespondWith(new ResponseDefinition { Status = 200, JsonBody = Ink("processing"), Headers = new() { ["Content-Type"] = "application/json" } });
        // The second poll hangs for minutes (and would then report success, which would fail this test).
        _host.Given(RequestPattern.For("GET", InkPoll)).InScenario("ink").WhenScenarioStateIs("stuck").WithName("stuck")
            .RespondWith(Faults.Delay(TimeSpan.FromMinutes(5), Faults.Status(200, Ink("succeeded").ToJsonString())));
        using var client = TestJobClients.Seedance2Ink(_host);
        using var cts = new CancellationTokenSource();

        var wait = client.GetJob(InkId).WaitForCompletionAsync(TestJobClients.Immediate, null, cts.Token);
        await _host.Journal.WaitForAsync(e => e.MappingName == "stuck"); // the second poll reached the server
        await cts.CancelAsync();

        // The guard only turns a broken cancellation into a failure instead of a hang; nothing is timed.
        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(cts.Token, error.CancellationToken);
        Assert.Empty(_host.Sent($"{InkPoll}/cancel")); // the remote job was not cancelled
        Assert.Equal("stuck", _host.GetScenarioStates()["ink"]);
    }

    [Fact]
    public async Task Cancelling_the_token_between_polls_ends_the_sleep_and_sends_no_cancel()
    {
        _host.ServeSequence("GET", InkPoll, Reply.Ok(Ink("processing")), Reply.Ok(Ink("succeeded")));
        using var client = TestJobClients.Seedance2Ink(_host);
        using var cts = new CancellationTokenSource();
        // This clock never fires by itself: without cancellation the wait would sleep forever.
        var clock = new AutoAdvancingTimeProvider { AutoFireUpTo = TimeSpan.Zero };
        var progress = new RecordingProgress(_ => cts.Cancel());

        var wait = client.GetJob(InkId).WaitForCompletionAsync(new WaitOptions { TimeProvider = clock }, progress, cts.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Empty(clock.AutoFired); // no sleep ever completed
        Assert.Single(_host.Sent(InkPoll));
        Assert.Empty(_host.Sent($"{InkPoll}/cancel"));
    }

    [Fact]
    public async Task An_already_cancelled_token_sends_nothing()
    {
        using var client = TestJobClients.Seedance2Ink(_host);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.GetJob(InkId).WaitForCompletionAsync(TestJobClients.Immediate, null, new CancellationToken(canceled: true)));

        Assert.Empty(_host.Journal.Requests);
    }

    [Fact]
    public async Task Without_ThrowOnFailure_a_failed_job_is_returned()
    {
        _host.Serve("GET", InkPoll, Reply.Ok(Ink("failed")));
        using var client = TestJobClients.Seedance2Ink(_host);

        var final = await client.GetJob(InkId).WaitForCompletionAsync(TestJobClients.Immediate with { ThrowOnFailure = false });

        Assert.Equal(VideoJobState.Failed, final.State);
        Assert.Equal("generation_failed", final.Error?.Code);
    }

    [Fact]
    public async Task A_job_known_to_be_finished_is_not_polled_again()
    {
        _host.Serve("GET", InkPoll, Reply.Ok(Ink("succeeded")));
        using var client = TestJobClients.Seedance2Ink(_host);
        var job = client.GetJob(InkId);
        await job.UpdateAsync();
        var progress = new RecordingProgress();

        var final = await job.WaitForCompletionAsync(TestJobClients.Immediate, progress);

        Assert.Equal(VideoJobState.Succeeded, final.State);
        Assert.Single(progress.Reports);
        Assert.Single(_host.Sent(InkPoll));
    }
}
