using Seedance.Contracts;
using Seedance.Contracts.Catalog;

namespace Seedance.Emulator.Tests.Seedance2Ink;

/// <summary>Many Seedance2.ink jobs at once, each on its own timeline.</summary>
public sealed class Seedance2InkConcurrencyTests
{
    [Fact]
    public async Task Fifty_jobs_submitted_at_once_all_complete_each_with_its_own_id_and_outcome()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink);

        var jobs = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            h.Client.SubmitAsync(Seedance2InkLifecycleTests.Request(i % 10 == 0 ? $"River {i} [emulate:fail]" : $"River {i}"))));
        var endings = await Task.WhenAll(jobs.Select(j => j.WaitForCompletionAsync(h.Wait() with { ThrowOnFailure = false })));

        Assert.Equal(50, jobs.Select(j => j.Id).Distinct().Count());
        Assert.Equal(45, endings.Count(s => s.State == VideoJobState.Succeeded));
        Assert.Equal(5, endings.Count(s => s.State == VideoJobState.Failed));
        Assert.All(h.Emulator.GetJobs(), j => Assert.Equal(0, j.PollsAfterTerminal));
    }
}
