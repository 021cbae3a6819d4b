using Seedance.Contracts.Catalog;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Providers.CometApiVideos;

namespace Seedance.Contracts.Providers.CometApiVolc;

/// <summary>
/// The job API on CometAPI's Volcengine-compatible route: <c>POST /volc/v3/contents/generations/tasks</c>
/// with an Ark <c>content[]</c> (settings as text commands) and <c>GET .../tasks/{id}</c> returning Ark's
/// task object (an unknown id is a 400 <c>task_not_exist</c>, surfaced as <see cref="Errors.SeedanceNotFoundException"/>).
/// The route's known JSON parse fault surfaces as <see cref="Errors.CometApiVolcJsonParseException"/>, or is
/// routed around with <see cref="CometApiVolcOptions.FallbackToVideosRoute"/> (the job then belongs to
/// <c>cometapi-videos</c>). CometAPI documents no cancel call for this route
/// (<see cref="ProviderCapabilities.Cancel"/> is false).
/// </summary>
public class CometApiVolcJobClient : VideoJobClient
{
    /// <summary>
    /// Undocumented for this route. It runs on the same CometAPI gateway whose Seedance query route
    /// recommends 10 to 20 s, so the SDK uses 10 s here too.
    /// </summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);

    /// <summary>Creates a client for CometAPI's Volc route.</summary>
    /// <param name="apiKey">The CometAPI key.</param>
    /// <param name="options">Pipeline, download and quirk settings; null uses the defaults (no fallback).</param>
    public CometApiVolcJobClient(SeedanceApiKey apiKey, CometApiVolcOptions? options = null)
        : base(ProviderId.CometApiVolc, apiKey, options ??= new CometApiVolcOptions(), pipeline => new CometApiVolcAdapter(pipeline,
            options.FallbackToVideosRoute ? new CometApiVideosJobClient(apiKey, (VideoJobClientOptions)options) : null))
    {
    }

    /// <summary>For mocking.</summary>
    protected CometApiVolcJobClient()
    {
    }

    /// <inheritdoc />
    public override string Provider => ProviderId.CometApiVolc;

    /// <inheritdoc />
    public override TimeSpan DefaultPollInterval => PollInterval;
}
