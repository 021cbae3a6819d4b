using Seedance.Contracts;
using Seedance.Contracts.Errors;

namespace Seedance.Emulator.Tests.CometApiVideos;

/// <summary>
/// Each emulated outcome on /v1/videos, as the SDK surfaces it. The route's terminal failures are FAILED
/// (rejected: moderation) and ERROR (internal: the generic failure and, as the route has no expiry word, expiry).
/// </summary>
public sealed class VideosOutcomeTests
{
    public static TheoryData<string, string, string> Failures => new()
    {
        { PromptMarkers.Fail, "ERROR", "internal_error" },
        { PromptMarkers.Moderation, "FAILED", "OutputVideoSensitiveContentDetected" },
        { PromptMarkers.Expire, "ERROR", "internal_error" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_marked_failure_is_a_job_failed_exception_with_the_routes_word_and_code(string marker, string word, string code)
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VideosKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VideosKit.Provider);

        var job = await client.SubmitAsync(VideosKit.Request($"A fox {marker}"));
        var failed = await Assert.ThrowsAsync<SeedanceJobFailedException>(() => job.WaitForCompletionAsync(new WaitOptions { TimeProvider = clock }));

        Assert.Equal((VideoJobState.Failed, word, code), (failed.FinalStatus.State, failed.FinalStatus.RawStatus, failed.FinalStatus.Error?.Code));
    }

    [Fact]
    public async Task A_queued_outcome_applies_to_the_next_job_only()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VideosKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VideosKit.Provider);
        emulator.EnqueueOutcome(VideosKit.Provider, EmulatedOutcome.Fail);
        var wait = new WaitOptions { TimeProvider = clock, ThrowOnFailure = false };

        var first = await (await client.SubmitAsync(VideosKit.Request())).WaitForCompletionAsync(wait);
        var second = await (await client.SubmitAsync(VideosKit.Request())).WaitForCompletionAsync(wait);

        Assert.Equal(("ERROR", VideoJobState.Succeeded), (first.RawStatus, second.State));
    }

    [Fact]
    public async Task The_admin_endpoint_queues_a_moderation_rejection()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VideosKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VideosKit.Provider);
        using var http = VideosKit.Raw(emulator, key: null);
        (await http.PostAsync("_emulator/outcomes", new StringContent("""{"outcome":"moderation"}""", System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        var status = await (await client.SubmitAsync(VideosKit.Request())).WaitForCompletionAsync(new WaitOptions { TimeProvider = clock, ThrowOnFailure = false });

        Assert.Equal(("FAILED", "OutputVideoSensitiveContentDetected"), (status.RawStatus, status.Error?.Code));
    }

    [Fact]
    public async Task A_slow_job_succeeds_after_the_slow_factor_times_the_render_time()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VideosKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VideosKit.Provider);

        var status = await (await client.SubmitAsync(VideosKit.Request($"A fox {PromptMarkers.Slow}"))).WaitForCompletionAsync(new WaitOptions { TimeProvider = clock });

        var snapshot = Assert.Single(emulator.GetJobs(VideosKit.Provider));
        Assert.Equal(VideoJobState.Succeeded, status.State);
        Assert.Equal(emulator.Options.RenderTime * emulator.Options.SlowFactor, snapshot.CompletedAt - snapshot.SubmittedAt);
    }
}
