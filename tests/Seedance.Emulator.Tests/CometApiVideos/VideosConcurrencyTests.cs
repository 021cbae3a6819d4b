using Seedance.Contracts;

namespace Seedance.Emulator.Tests.CometApiVideos;

/// <summary>Many jobs at once on /v1/videos, each on its own timeline and outcome.</summary>
public sealed class VideosConcurrencyTests
{
    [Fact]
    public async Task Fifty_jobs_submitted_at_once_each_end_as_their_own_prompt_says()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VideosKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VideosKit.Provider);
        var wait = new WaitOptions { TimeProvider = clock, ThrowOnFailure = false };

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            var job = await client.SubmitAsync(VideosKit.Request(i % 5 == 0 ? $"Fox {i} {PromptMarkers.Moderation}" : $"Fox {i}"));
            return (i, job.Id, Status: await job.WaitForCompletionAsync(wait));
        }));

        Assert.Equal(50, results.Select(r => r.Id).Distinct().Count());
        Assert.All(results, r => Assert.Equal(r.i % 5 == 0 ? "FAILED" : "SUCCESS", r.Status.RawStatus));
        Assert.All(emulator.GetJobs(), j => Assert.Equal(0, j.PollsAfterTerminal));
    }
}
