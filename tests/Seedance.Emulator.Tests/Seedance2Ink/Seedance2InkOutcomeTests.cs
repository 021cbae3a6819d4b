using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;

namespace Seedance.Emulator.Tests.Seedance2Ink;

/// <summary>Outcomes chosen by a prompt marker, <see cref="SeedanceEmulator.EnqueueOutcome"/> or the admin endpoint, as the SDK surfaces them.</summary>
public sealed class Seedance2InkOutcomeTests
{
    public static TheoryData<EmulatedOutcome, string, string> Endings()
    {
        // Seedance2.ink has no expired word: an expired job is failed with a timeout code.
        var data = new TheoryData<EmulatedOutcome, string, string>();
        foreach (var via in new[] { "marker", "enqueue", "admin" })
        {
            data.Add(EmulatedOutcome.Fail, via, "generation_failed");
            data.Add(EmulatedOutcome.Moderation, via, "content_policy_violation");
            data.Add(EmulatedOutcome.Expire, via, "timeout");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Endings))]
    public async Task A_job_told_to_end_badly_is_failed_and_waiting_throws_with_the_providers_code(EmulatedOutcome outcome, string via, string code)
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink);
        var prompt = await h.ChooseAsync(outcome, via, "A river flowing through an autumn forest");
        var job = await h.Client.SubmitAsync(Seedance2InkLifecycleTests.Request(prompt));

        var failure = await Assert.ThrowsAsync<SeedanceJobFailedException>(() => job.WaitForCompletionAsync(h.Wait()));

        Assert.Equal(VideoJobState.Failed, failure.FinalStatus.State);
        Assert.Equal("failed", failure.FinalStatus.RawStatus);
        Assert.Equal(code, failure.ProviderCode);
    }

    [Theory]
    [InlineData("marker")]
    [InlineData("enqueue")]
    [InlineData("admin")]
    public async Task A_slow_job_succeeds_only_after_the_slowed_render_time(string via)
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink);
        var job = await h.Client.SubmitAsync(Seedance2InkLifecycleTests.Request(await h.ChooseAsync(EmulatedOutcome.Slow, via, "A river flowing through an autumn forest")));

        var done = await job.WaitForCompletionAsync(h.Wait());

        var options = h.Emulator.Options;
        Assert.Equal(VideoJobState.Succeeded, done.State);
        Assert.True(h.Clock.Elapsed >= options.RenderTime * options.SlowFactor, $"done after {h.Clock.Elapsed}");
    }
}
