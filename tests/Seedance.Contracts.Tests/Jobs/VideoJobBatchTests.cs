using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Jobs;

/// <summary>
/// <see cref="VideoJobBatch"/>: one result per job in input order, failures isolated, in-flight caps held
/// overall and per provider, and a cancelled batch that keeps the ids of what it submitted.
/// </summary>
public sealed class VideoJobBatchTests : IAsyncLifetime
{
    private const string InkCreate = "/api/open/v1/video/generations";
    private const string VolcCreate = "/volc/v3/contents/generations/tasks";
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Each_job_gets_its_own_result_and_one_failure_stops_no_other()
    {
        var inkCreated = SpecExamples.Response(ProviderId.Seedance2Ink, "POST", InkCreate, 200, "success");
        _host.Serve("POST", InkCreate, Reply.Ok(inkCreated));
        _host.Serve("GET", $"{InkCreate}/{(string)inkCreated["requestId"]!}",
            Reply.Ok(SpecExamples.Response(ProviderId.Seedance2Ink, "GET", InkCreate + "/{requestId}", 200, "succeeded")));
        var volcCreated = SpecExamples.Response(ProviderId.CometApiVolc, "POST", VolcCreate, 200, "success");
        _host.Serve("POST", VolcCreate, Reply.Ok(volcCreated));
        _host.Serve("GET", $"{VolcCreate}/{(string)volcCreated["id"]!}",
            Reply.Ok(SpecExamples.Response(ProviderId.CometApiVolc, "GET", VolcCreate + "/{id}", 200, "failed")));
        using var ink = TestJobClients.Seedance2Ink(_host);
        using var volc = TestJobClients.CometApiVolc(_host);

        var results = await VideoJobBatch.RunAsync(
            [
                new VideoJobWork(ink, new VideoRequest { Model = "seedance-2.0", Prompt = "A river", Duration = 5 }),
                new VideoJobWork(ink, new VideoRequest { Model = "seedance-2.0", Prompt = "A river", Duration = 20 }),
                new VideoJobWork(volc, new VideoRequest { Model = "doubao-seedance-1-5-pro-251215", Prompt = "A paper boat" }),
            ],
            new VideoJobBatchOptions { Wait = TestJobClients.Immediate });

        Assert.Equal([0, 1, 2], results.Select(r => r.Index));
        Assert.True(results[0].Succeeded);
        Assert.Equal(VideoJobState.Succeeded, results[0].FinalStatus!.State);
        Assert.Null(results[1].Job); // refused before sending
        Assert.Contains(Assert.IsType<SeedanceValidationException>(results[1].Error).Violations, v => v.Field == "duration");
        Assert.NotNull(results[2].Job);
        Assert.Equal(VideoJobState.Failed, Assert.IsType<SeedanceJobFailedException>(results[2].Error).FinalStatus.State);
        Assert.Single(_host.Sent(InkCreate, "POST")); // the refused request sent nothing
    }

    [Fact]
    public async Task No_more_jobs_are_in_flight_than_the_overall_and_per_provider_caps()
    {
        var together = new InFlight();
        var slow = new GatedJobClient("provider-a", together);
        var other = new GatedJobClient("provider-b", together);
        var work = Enumerable.Range(0, 8).Select(i => new VideoJobWork(i % 2 == 0 ? slow : other, new VideoRequest { Model = "m", Prompt = $"p{i}" })).ToList();
        var options = new VideoJobBatchOptions
        {
            MaxInFlight = 3,
            MaxInFlightByProvider = new Dictionary<string, int> { ["provider-a"] = 1 },
            Wait = TestJobClients.Immediate,
        };

        var run = VideoJobBatch.RunAsync(work, options);
        await GatedJobClient.WhenSubmitted(3, slow, other);
        slow.ReleaseAll();
        other.ReleaseAll();
        var results = await run;

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(1, slow.MaxInFlight);
        Assert.InRange(other.MaxInFlight, 2, 3); // while provider-a is capped at 1, provider-b gets the other overall slots
        Assert.Equal(3, together.Max);
    }

    [Fact]
    public async Task A_cancelled_batch_returns_and_keeps_the_jobs_it_submitted()
    {
        var client = new GatedJobClient("provider-a");
        var work = Enumerable.Range(0, 4).Select(i => new VideoJobWork(client, new VideoRequest { Model = "m", Prompt = $"p{i}" })).ToList();
        using var cts = new CancellationTokenSource();

        var run = VideoJobBatch.RunAsync(work, new VideoJobBatchOptions { MaxInFlight = 2, Wait = TestJobClients.Immediate }, cts.Token);
        await GatedJobClient.WhenSubmitted(2, client);
        await cts.CancelAsync();
        var results = await run;

        Assert.All(results, r => Assert.IsAssignableFrom<OperationCanceledException>(r.Error));
        Assert.Equal(2, results.Count(r => r.Job is not null));
        Assert.Equal(2, client.Submitted);
    }

    /// <summary>Jobs in flight across the clients that share it.</summary>
    private sealed class InFlight
    {
        public int Now { get; set; }

        public int Max { get; set; }
    }

    /// <summary>
    /// An in-memory client whose jobs stay running until released, counting jobs in flight (submitted, not
    /// yet seen finished). Scheduling is the subject here, not HTTP; the loopback test above covers that.
    /// </summary>
    private sealed class GatedJobClient(string provider, InFlight? shared = null) : IVideoJobClient
    {
        private readonly SemaphoreSlim _finish = new(0);
        private readonly InFlight _shared = shared ?? new InFlight();
        private readonly InFlight _own = new();
        private TaskCompletionSource _submitted = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Provider => provider;

        public ProviderCapabilities Capabilities => global::Seedance.Contracts.Capabilities.For(ProviderId.Seedance2Ink);

        public TimeSpan DefaultPollInterval => TimeSpan.Zero;

        public int Submitted { get; private set; }

        public int MaxInFlight => _own.Max;

        public void ReleaseAll() => _finish.Release(1000);

        /// <summary>Completes once the clients together have taken <paramref name="total"/> submits (no sleeping, no polling).</summary>
        public static async Task WhenSubmitted(int total, params GatedJobClient[] clients)
        {
            while (true)
            {
                Task[] changes;
                lock (clients[0]._shared)
                {
                    if (clients.Sum(c => c.Submitted) >= total) return;
                    changes = clients.Select(c => c._submitted.Task).ToArray();
                }
                await Task.WhenAny(changes).WaitAsync(TimeSpan.FromSeconds(30));
            }
        }

        public Task<VideoJob> SubmitAsync(VideoRequest request, CancellationToken cancellationToken = default)
        {
            lock (_shared)
            {
                Submitted++;
                foreach (var count in new[] { _own, _shared })
                {
                    count.Now++;
                    count.Max = Math.Max(count.Max, count.Now);
                }
                var done = _submitted;
                _submitted = new(TaskCreationOptions.RunContinuationsAsynchronously);
                done.SetResult();
            }
            return Task.FromResult(new VideoJob(this, $"job-{Guid.NewGuid():N}"));
        }

        public VideoJob GetJob(string jobId) => new(this, jobId);

        public async Task<VideoJobStatus> GetStatusAsync(string jobId, CancellationToken cancellationToken = default)
        {
            await _finish.WaitAsync(cancellationToken);
            lock (_shared)
            {
                _own.Now--;
                _shared.Now--;
            }
            return new VideoJobStatus(jobId, provider, VideoJobState.Succeeded, "succeeded");
        }

        public Task<VideoJobStatus> CancelAsync(string jobId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task DownloadAsync(Uri videoUrl, Stream destination, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<VideoDownload> OpenVideoAsync(Uri videoUrl, long offset = 0, string? ifRange = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
