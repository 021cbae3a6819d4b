using Seedance.Contracts;
using Seedance.Contracts.Errors;

namespace Seedance.Emulator.Tests.CometApiVolc;

/// <summary>Each emulated outcome, chosen by a prompt marker or queued, as the SDK surfaces it on the Volc route.</summary>
public sealed class VolcOutcomeTests
{
    public static TheoryData<string, string> Failures => new()
    {
        { PromptMarkers.Fail, "InternalServiceError" },
        { PromptMarkers.Moderation, "OutputVideoSensitiveContentDetected" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_marked_failure_is_a_job_failed_exception_with_arks_code(string marker, string code)
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VolcKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VolcKit.Provider);

        var job = await client.SubmitAsync(VolcKit.Request($"A paper boat {marker}"));
        var failed = await Assert.ThrowsAsync<SeedanceJobFailedException>(() => job.WaitForCompletionAsync(new WaitOptions { TimeProvider = clock }));

        Assert.Equal(("failed", code), (failed.FinalStatus.RawStatus, failed.FinalStatus.Error?.Code));
    }

    [Fact]
    public async Task A_queued_moderation_outcome_fails_the_next_job_only()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VolcKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VolcKit.Provider);
        emulator.EnqueueOutcome(VolcKit.Provider, EmulatedOutcome.Moderation);
        var wait = new WaitOptions { TimeProvider = clock, ThrowOnFailure = false };

        var first = await (await client.SubmitAsync(VolcKit.Request())).WaitForCompletionAsync(wait);
        var second = await (await client.SubmitAsync(VolcKit.Request())).WaitForCompletionAsync(wait);

        Assert.Equal("OutputVideoSensitiveContentDetected", first.Error?.Code);
        Assert.Equal(VideoJobState.Succeeded, second.State);
    }

    [Fact]
    public async Task The_admin_endpoint_queues_a_failure()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VolcKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VolcKit.Provider);
        using var http = VolcKit.Raw(emulator, key: null);
        (await http.PostAsync("_emulator/outcomes", VolcKit.Json("""{"outcome":"fail","count":1}"""))).EnsureSuccessStatusCode();

        var status = await (await client.SubmitAsync(VolcKit.Request())).WaitForCompletionAsync(new WaitOptions { TimeProvider = clock, ThrowOnFailure = false });

        Assert.Equal(("failed", "InternalServiceError"), (status.RawStatus, status.Error?.Code));
    }

    [Fact]
    public async Task An_expiring_job_ends_as_arks_expired_status()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VolcKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VolcKit.Provider);

        var job = await client.SubmitAsync(VolcKit.Request($"A paper boat {PromptMarkers.Expire}"));
        var status = await job.WaitForCompletionAsync(new WaitOptions { TimeProvider = clock, ThrowOnFailure = false });

        Assert.Equal((VideoJobState.Expired, "expired", null), (status.State, status.RawStatus, status.VideoUrl));
    }

    [Fact]
    public async Task A_slow_job_succeeds_after_the_slow_factor_times_the_render_time()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VolcKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VolcKit.Provider);

        var job = await client.SubmitAsync(VolcKit.Request($"A paper boat {PromptMarkers.Slow}"));
        var status = await job.WaitForCompletionAsync(new WaitOptions { TimeProvider = clock, PollInterval = TimeSpan.FromSeconds(1) });

        var snapshot = Assert.Single(emulator.GetJobs(VolcKit.Provider));
        Assert.Equal(VideoJobState.Succeeded, status.State);
        Assert.Equal(emulator.Options.RenderTime * emulator.Options.SlowFactor, snapshot.CompletedAt - snapshot.SubmittedAt);
        Assert.Equal(EmulatedOutcome.Slow, snapshot.Outcome);
    }
}
