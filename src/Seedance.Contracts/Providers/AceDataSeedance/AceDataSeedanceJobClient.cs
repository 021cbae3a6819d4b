using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Http;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Quirks;
using Seedance.Contracts.Requests;
using Seedance.Contracts.Validation;
using Seedance.Generated.AceDataSeedance;
using Seedance.Generated.AceDataSeedance.Models;

namespace Seedance.Contracts.Providers.AceDataSeedance;

/// <summary>
/// The job API on AceData Cloud's Seedance service: <c>POST /seedance/videos</c> (asynchronous by default,
/// see <see cref="AceDataSeedanceOptions.Blocking"/>) and <c>POST /seedance/tasks</c> with
/// <c>{"action": "retrieve", "id": ...}</c> to poll, which is a read and is retried like one. Replies come
/// in several shapes (<see cref="AceDataResultShape"/>). AceData documents no cancel call.
/// </summary>
public class AceDataSeedanceJobClient : VideoJobClient
{
    /// <summary>
    /// AceData documents no polling cadence; its blocking call takes one to two minutes. 5 s keeps the added
    /// latency small at about 12 to 24 polls per job; the server's Retry-After wins when sent.
    /// </summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    private readonly AceDataSeedanceClient? _client;
    private readonly bool _blocking;

    /// <summary>Creates a client for AceData Cloud's Seedance service.</summary>
    /// <param name="apiKey">The AceData token.</param>
    /// <param name="options">Pipeline, download and mode settings; null uses the defaults (asynchronous create).</param>
    public AceDataSeedanceJobClient(SeedanceApiKey apiKey, AceDataSeedanceOptions? options = null)
        : base(ProviderId.AceDataSeedance, apiKey, options ??= new AceDataSeedanceOptions())
    {
        _client = new AceDataSeedanceClient(Pipeline.RequestAdapter);
        _blocking = options.Blocking;
    }

    /// <summary>For mocking.</summary>
    protected AceDataSeedanceJobClient()
    {
    }

    /// <inheritdoc />
    public override string Provider => ProviderId.AceDataSeedance;

    /// <inheritdoc />
    public override TimeSpan DefaultPollInterval => PollInterval;

    private AceDataSeedanceClient Client => _client ?? throw new InvalidOperationException("This client was created for mocking.");

    /// <inheritdoc />
    /// <remarks>In blocking mode the returned job is usually already finished (<see cref="VideoJob.HasCompleted"/>).</remarks>
    public override async Task<VideoJob> SubmitAsync(VideoRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        VideoRequestValidator.EnsureValid(Provider, request);
        var body = await AceDataSeedanceMapper.ToCreateRequestAsync(request, _blocking, cancellationToken).ConfigureAwait(false);
        EnsureSpecValid(v => body.CollectViolations(v));

        var result = await Pipeline.Call.InvokeAsync(RequestSafety.Create,
            (scope, ct) => Client.Seedance.Videos.PostAsync(body, scope.Apply, ct), cancellationToken).ConfigureAwait(false);
        var id = result?.TaskId;
        if (string.IsNullOrWhiteSpace(id)) throw Unusable("a reply without a task_id");
        return new VideoJob(this, id, AceDataResultShape.ToStatus(id, result!));
    }

    /// <inheritdoc />
    /// <exception cref="SeedanceNotFoundException">The id is unknown (an empty reply, or 404 <c>not_found</c>).</exception>
    public override async Task<VideoJobStatus> GetStatusAsync(string jobId, CancellationToken cancellationToken = default)
    {
        JobIdRule.Check(jobId, Provider);
        var query = new TaskQuery { Id = jobId, Action = TaskQueryAction.Retrieve };
        var (result, retryAfter) = await Pipeline.Call.InvokeAsync(RequestSafety.Idempotent, async (scope, ct) =>
        {
            var r = await Client.Seedance.Tasks.PostAsync(query, scope.Apply, ct).ConfigureAwait(false);
            return (r, scope.Capture.RetryAfter);
        }, cancellationToken).ConfigureAwait(false);

        if (result is null || AceDataResultShape.IsEmpty(result))
        {
            throw new SeedanceNotFoundException(
                $"{Provider} has no task {jobId} (POST /seedance/tasks answered with an empty result). Task records are kept for a limited time; check the id.",
                new SeedanceErrorContext(Provider: Provider));
        }

        return result.TaskRecord is { } record
            ? AceDataResultShape.FromRecord(jobId, record, retryAfter)
            : result.TaskBatch?.Items?.FirstOrDefault(r => r?.Id == jobId) is { } match
                ? AceDataResultShape.FromRecord(jobId, match, retryAfter)
                : throw Unusable("a task query reply of an unexpected shape");
    }
}
