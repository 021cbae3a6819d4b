using System.Net.Http.Json;
using System.Text.Json.Nodes;
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
        var prompt = await ChooseAsync(h, outcome, via);
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
        var job = await h.Client.SubmitAsync(AceDataLifecycleTests.Request(await ChooseAsync(h, EmulatedOutcome.Slow, via)));

        var done = await job.WaitForCompletionAsync(h.Wait());

        var options = h.Emulator.Options;
        Assert.Equal(VideoJobState.Succeeded, done.State);
        Assert.True(h.Clock.Elapsed >= options.RenderTime * options.SlowFactor, $"done after {h.Clock.Elapsed}");
    }

    /// <summary>Picks the outcome one of the three ways; returns the prompt to send.</summary>
    internal static async Task<string> ChooseAsync(ProviderHarness h, EmulatedOutcome outcome, string via)
    {
        const string Prompt = "A red fox runs through snow";
        switch (via)
        {
            case "marker":
                return $"{Prompt} [emulate:{outcome.ToString().ToLowerInvariant()}]";
            case "enqueue":
                h.Emulator.EnqueueOutcome(h.Provider, outcome);
                return Prompt;
            default:
                using (var response = await h.Http.PostAsJsonAsync("_emulator/outcomes", new JsonObject { ["outcome"] = outcome.ToString().ToLowerInvariant() }))
                    response.EnsureSuccessStatusCode();
                return Prompt;
        }
    }
}
