using Seedance.Contracts;
using Seedance.Contracts.Errors;

namespace Seedance.Testing.Tests;

public sealed class BatchTests
{
    [Fact]
    public async Task A_batch_over_the_fake_reports_each_scripted_outcome_in_input_order()
    {
        var fake = new FakeVideoJobClient();
        var work = Enumerable.Range(0, 30).Select(i => new VideoJobWork(fake, Kit.ValidRequest() with { Prompt = $"shot {i}" })).ToList();
        // Scripts go to submits in submit order, which a parallel batch does not fix: give every job the same
        // script and tell the outcome by prompt instead.
        var failing = new FakeVideoJobClient(options: new FakeVideoJobClientOptions { DefaultScript = FakeJobScript.Fails("quota", "no credits") });
        work[7] = new VideoJobWork(failing, Kit.ValidRequest() with { Prompt = "shot 7" });

        var results = await VideoJobBatch.RunAsync(work, new VideoJobBatchOptions { MaxInFlight = 8, Wait = fake.DefaultWaitOptions });

        Assert.Equal(Enumerable.Range(0, 30), results.Select(r => r.Index));
        Assert.Equal(29, results.Count(r => r.Succeeded));
        Assert.Equal("quota", Assert.IsType<SeedanceJobFailedException>(results[7].Error).ProviderCode);
        Assert.Equal(29, fake.Submissions.Count);
    }
}
