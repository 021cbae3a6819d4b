using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;

namespace Seedance.Emulator.Tests.AceDataSeedance;

/// <summary>Outcomes chosen by a prompt marker, <see cref="SeedanceEmulator.EnqueueOutcome"/> or the admin endpoint, as the SDK surfaces them.</summary>
public sealed class AceDataOutcomeTests
{
    public static TheoryData<EmulatedOutcome, string, VideoJobState, string?> Endings()
    {
        var data = new TheoryData<EmulatedOutcome, string, VideoJobState, string?>();
        foreach (var via in new[] { "marker", "enqueue", "admin" })
        {
            data.Add(EmulatedOutcome.Fail, via, VideoJobState.Failed, "api_error");
            data.Add(EmulatedOutcome.Moderation, via, VideoJobState.Failed, "OutputVideoSensitiveContentDetected");
            data.Add(EmulatedOutcome.Expire, via, VideoJobState.Expired, null);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Endings))]
    public async Task A_job_told_to_end_badly_ends_so_and_waiting_throws_with_the_final_status(EmulatedOutcome outcome, string via, VideoJobState state, string? code)
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.AceDataSeedance);
        var prompt = await h.ChooseAsync(outcome, via, "A red fox runs through snow");
        var job = await h.Client.SubmitAsync(AceDataLifecycleTests.Request(prompt));

        var failure = await Assert.ThrowsAsync<SeedanceJobFailedException>(() => job.WaitForCompletionAsync(h.Wait()));

        Assert.Equal(state, failure.FinalStatus.State);
        Assert.Equal(code, failure.ProviderCode);
        Assert.Null(failure.FinalStatus.VideoUrl);
    }

    [Theory]
    [InlineData("marker")]
    [InlineData("enqueue")]
    [InlineData("admin")]
    public async Task A_slow_job_succeeds_only_after_the_slowed_render_time(string via)
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.AceDataSeedance);
        var job = await h.Client.SubmitAsync(AceDataLifecycleTests.Request(await h.ChooseAsync(EmulatedOutcome.Slow, via, "A red fox runs through snow")));

        var done = await job.WaitForCompletionAsync(h.Wait());

        var options = h.Emulator.Options;
        Assert.Equal(VideoJobState.Succeeded, done.State);
        Assert.True(h.Clock.Elapsed >= options.RenderTime * options.SlowFactor, $"done after {h.Clock.Elapsed}");
    }
}
