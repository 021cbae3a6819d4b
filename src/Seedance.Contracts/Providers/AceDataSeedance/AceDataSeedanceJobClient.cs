using Seedance.Contracts.Catalog;

namespace Seedance.Contracts.Providers.AceDataSeedance;

/// <summary>
/// The job API on AceData Cloud's Seedance service: <c>POST /seedance/videos</c> (asynchronous by default,
/// see <see cref="AceDataSeedanceOptions.Blocking"/>; in blocking mode the returned job is usually already
/// finished, <see cref="VideoJob.HasCompleted"/>) and <c>POST /seedance/tasks</c> with
/// <c>{"action": "retrieve", "id": ...}</c> to poll, which is a read and is retried like one. Replies come
/// in several shapes (quirk <c>acedata-result-shape</c>); an unknown id (an empty reply, or 404
/// <c>not_found</c>) is a <see cref="Errors.SeedanceNotFoundException"/>. AceData documents no cancel call
/// (<see cref="ProviderCapabilities.Cancel"/> is false).
/// </summary>
public class AceDataSeedanceJobClient : VideoJobClient
{
    /// <summary>
    /// AceData documents no polling cadence; its blocking call takes one to two minutes. 5 s keeps the added
    /// latency small at about 12 to 24 polls per job; the server's Retry-After wins when sent.
    /// </summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    /// <summary>Creates a client for AceData Cloud's Seedance service.</summary>
    /// <param name="apiKey">The AceData token.</param>
    /// <param name="options">Pipeline, download and mode settings; null uses the defaults (asynchronous create).</param>
    public AceDataSeedanceJobClient(SeedanceApiKey apiKey, AceDataSeedanceOptions? options = null)
        : base(ProviderId.AceDataSeedance, apiKey, options ??= new AceDataSeedanceOptions(), pipeline => new AceDataSeedanceAdapter(pipeline, options.Blocking))
    {
    }

    /// <summary>For mocking.</summary>
    protected AceDataSeedanceJobClient()
    {
    }

    /// <inheritdoc />
    public override string Provider => ProviderId.AceDataSeedance;

    /// <inheritdoc />
    public override TimeSpan DefaultPollInterval => PollInterval;
}
