using Seedance.Contracts.Catalog;
using Seedance.Contracts.Jobs;

namespace Seedance.Contracts.Providers.CometApiVideos;

/// <summary>
/// The job API on CometAPI's OpenAI-style route: <c>POST /v1/videos</c> (multipart form, the first
/// frame as an uploaded file) and <c>GET /v1/videos/{id}</c>, which reports a 0-100 progress (an unknown
/// id is a 400 <c>task_not_exist</c>, surfaced as <see cref="Errors.SeedanceNotFoundException"/>).
/// CometAPI documents no cancel call (<see cref="ProviderCapabilities.Cancel"/> is false).
/// </summary>
public class CometApiVideosJobClient : VideoJobClient
{
    /// <summary>CometAPI recommends polling every 10 to 20 s (query page); the SDK takes the lower bound.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);

    /// <summary>Creates a client for CometAPI's <c>/v1/videos</c> route.</summary>
    /// <param name="apiKey">The CometAPI key.</param>
    /// <param name="options">Pipeline and download settings; null uses the defaults.</param>
    public CometApiVideosJobClient(SeedanceApiKey apiKey, CometApiVideosOptions? options = null)
        : this(apiKey, (VideoJobClientOptions?)options ?? new CometApiVideosOptions())
    {
    }

    /// <summary>Used by the Volc client's fallback, which shares the Volc options.</summary>
    internal CometApiVideosJobClient(SeedanceApiKey apiKey, VideoJobClientOptions options)
        : base(ProviderId.CometApiVideos, apiKey, options, pipeline => new CometApiVideosAdapter(pipeline))
    {
    }

    /// <summary>For mocking.</summary>
    protected CometApiVideosJobClient()
    {
    }

    /// <inheritdoc />
    public override string Provider => ProviderId.CometApiVideos;

    /// <inheritdoc />
    public override TimeSpan DefaultPollInterval => PollInterval;
}
