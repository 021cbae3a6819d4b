using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;

namespace Seedance.Testing.Tests;

public sealed class CancelTests
{
    private static string CancellingProvider => ProviderId.All.First(p => Capabilities.For(p).Cancel);

    private static string NonCancellingProvider => ProviderId.All.First(p => !Capabilities.For(p).Cancel);

    [Fact]
    public async Task Cancelling_a_running_job_ends_it_cancelled_for_every_later_read()
    {
        var provider = CancellingProvider;
        var fake = new FakeVideoJobClient(provider).EnqueueJob(FakeJobScript.Create().Queued().Running(10).Succeeded());
        var job = await fake.SubmitAsync(Kit.ValidRequest(provider));

        var cancelled = await job.CancelAsync();
        var later = await job.WaitForCompletionAsync(fake.DefaultWaitOptions with { ThrowOnFailure = false });

        Assert.Equal(VideoJobState.Cancelled, cancelled.State);
        Assert.Equal(VideoJobState.Cancelled, later.State);
        Assert.Equal(job.Id, Assert.Single(fake.CallsOf(FakeVideoJobCallKind.Cancel)).JobId);
    }

    [Fact]
    public async Task Cancelling_an_ended_job_returns_its_final_status_unchanged()
    {
        var provider = CancellingProvider;
        var fake = new FakeVideoJobClient(provider);
        var job = await fake.SubmitAsync(Kit.ValidRequest(provider));
        await job.WaitForCompletionAsync();

        var status = await job.CancelAsync();

        Assert.Equal(VideoJobState.Succeeded, status.State);
    }

    [Fact]
    public async Task Cancelling_where_the_provider_cannot_throws_the_real_clients_exception_and_records_nothing()
    {
        var provider = NonCancellingProvider;
        var fake = new FakeVideoJobClient(provider);
        using var real = SeedanceJobClients.Create(provider, new SeedanceApiKey("sk-not-used-0000"));
        var job = await fake.SubmitAsync(Kit.ValidRequest(provider));

        var fromFake = await Assert.ThrowsAsync<SeedanceNotSupportedException>(() => job.CancelAsync());
        var fromReal = await Assert.ThrowsAsync<SeedanceNotSupportedException>(() => real.CancelAsync(job.Id));

        Assert.Equal(fromReal.Message, fromFake.Message);
        Assert.Empty(fake.CallsOf(FakeVideoJobCallKind.Cancel));
    }
}
