using Seedance.Contracts;

namespace Seedance.Emulator.Tests.CometApiVolc;

/// <summary>Many jobs at once on the Volc route, each on its own timeline and outcome.</summary>
public sealed class VolcConcurrencyTests
{
    [Fact]
    public async Task Fifty_jobs_submitted_at_once_each_end_as_their_own_prompt_says()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VolcKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VolcKit.Provider);
        var wait = new WaitOptions { TimeProvider = clock, ThrowOnFailure = false };

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            var job = await client.SubmitAsync(VolcKit.Request(i % 5 == 0 ? $"Boat {i} {PromptMarkers.Fail}" : $"Boat {i}"));
            return (i, job.Id, Status: await job.WaitForCompletionAsync(wait));
        }));

        Assert.Equal(50, results.Select(r => r.Id).Distinct().Count());
        Assert.All(results, r => Assert.Equal(r.i % 5 == 0 ? VideoJobState.Failed : VideoJobState.Succeeded, r.Status.State));
        Assert.All(emulator.GetJobs(), j => Assert.Equal(0, j.PollsAfterTerminal));
    }
}
