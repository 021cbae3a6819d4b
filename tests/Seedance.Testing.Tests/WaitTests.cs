using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;

namespace Seedance.Testing.Tests;

public sealed class WaitTests
{
    [Fact]
    public async Task Watch_yields_each_scripted_change_once_in_order()
    {
        var provider = ProviderId.All.First(p => Capabilities.For(p).ProgressPercentage);
        var fake = new FakeVideoJobClient(provider).EnqueueJob(FakeJobScript.Create().Queued().Queued().Running(30).Running(30).Running(60).Succeeded());
        var job = await fake.SubmitAsync(Kit.ValidRequest(provider));

        var seen = new List<(VideoJobState, int?)>();
        await foreach (var status in job.WatchAsync()) seen.Add((status.State, status.Progress));

        Assert.Equal([(VideoJobState.Queued, null), (VideoJobState.Running, 30), (VideoJobState.Running, 60), (VideoJobState.Succeeded, 100)], seen);
    }

    [Fact]
    public async Task A_wait_polls_on_the_fakes_clock_at_its_interval()
    {
        var clock = new ArmedClock();
        var fake = new FakeVideoJobClient(options: new FakeVideoJobClientOptions { PollInterval = TimeSpan.FromSeconds(10), TimeProvider = clock });
        var job = await fake.SubmitAsync(Kit.ValidRequest());

        var wait = job.WaitForCompletionAsync();
        await clock.UntilArmedAsync(1);
        clock.Advance(TimeSpan.FromSeconds(9));
        var readsBefore = fake.CallsOf(FakeVideoJobCallKind.GetStatus).Count;
        clock.Advance(TimeSpan.FromSeconds(1));
        await clock.UntilArmedAsync(2);
        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(1, readsBefore);
        Assert.Equal(VideoJobState.Succeeded, (await wait).State);
    }

    [Fact]
    public async Task A_deadline_on_the_fakes_clock_stops_waiting_for_a_job_that_never_ends()
    {
        var clock = new ArmedClock();
        var fake = new FakeVideoJobClient(options: new FakeVideoJobClientOptions { PollInterval = TimeSpan.FromSeconds(5), TimeProvider = clock })
            .EnqueueJob(FakeJobScript.Create().Running(10));
        var job = await fake.SubmitAsync(Kit.ValidRequest());

        var wait = job.WaitForCompletionAsync(fake.DefaultWaitOptions with { Deadline = TimeSpan.FromSeconds(12) });
        for (var delays = 1; delays <= 3; delays++)
        {
            await clock.UntilArmedAsync(delays);
            clock.Advance(TimeSpan.FromSeconds(5));
        }

        var timeout = await Assert.ThrowsAsync<SeedanceTimeoutException>(() => wait);
        Assert.Equal(SeedanceTimeoutKind.WaitDeadline, timeout.Kind);
    }
}
