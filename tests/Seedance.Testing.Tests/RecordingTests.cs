using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;

namespace Seedance.Testing.Tests;

public sealed class RecordingTests
{
    [Fact]
    public async Task Calls_are_recorded_in_order_with_their_arguments()
    {
        var fake = new FakeVideoJobClient(ProviderId.Seedance2Ink).EnqueueJob(FakeJobScript.Create().Queued().Succeeded());
        var request = Kit.ValidRequest() with { Duration = 5 };

        var job = await fake.SubmitAsync(request);
        await job.WaitForCompletionAsync();
        await job.CancelAsync();
        using var sink = new MemoryStream();
        await job.DownloadToAsync(sink);

        Assert.Equal(
            [
                new FakeVideoJobCall(FakeVideoJobCallKind.Submit, job.Id, request),
                new FakeVideoJobCall(FakeVideoJobCallKind.GetStatus, job.Id),
                new FakeVideoJobCall(FakeVideoJobCallKind.GetStatus, job.Id),
                new FakeVideoJobCall(FakeVideoJobCallKind.Cancel, job.Id),
                new FakeVideoJobCall(FakeVideoJobCallKind.OpenVideo, job.Id, VideoUrl: job.LastStatus!.VideoUrl),
            ],
            fake.Calls);
        Assert.Same(request, Assert.Single(fake.Submissions));
    }

    [Fact]
    public async Task A_request_refused_by_validation_is_not_recorded()
    {
        var fake = new FakeVideoJobClient();

        await Assert.ThrowsAsync<SeedanceValidationException>(() => fake.SubmitAsync(Kit.ValidRequest() with { Prompt = "" }));

        Assert.Empty(fake.Calls);
    }

    [Fact]
    public async Task Concurrent_submits_and_reads_are_all_recorded_with_distinct_ids()
    {
        const int Workers = 16, JobsEach = 25;
        var fake = new FakeVideoJobClient();
        using var start = new ManualResetEventSlim();

        var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            start.Wait();
            var ids = new List<string>();
            for (var i = 0; i < JobsEach; i++)
            {
                var job = await fake.SubmitAsync(Kit.ValidRequest() with { Prompt = $"worker {w} job {i}" });
                await job.WaitForCompletionAsync();
                ids.Add(job.Id);
            }
            return ids;
        })).ToArray();
        start.Set();
        var ids = (await Task.WhenAll(workers)).SelectMany(i => i).ToList();

        Assert.Equal(Workers * JobsEach, ids.Distinct().Count());
        Assert.Equal(Workers * JobsEach, fake.Submissions.Select(r => r.Prompt).Distinct().Count());
        // The default script shows three statuses, so each wait reads three times.
        Assert.Equal(Workers * JobsEach * 3, fake.CallsOf(FakeVideoJobCallKind.GetStatus).Count);
        Assert.All(fake.CallsOf(FakeVideoJobCallKind.GetStatus).GroupBy(c => c.JobId), g => Assert.Equal(3, g.Count()));
    }
}
