using Seedance.Contracts.Catalog;

namespace Seedance.Contracts.Providers.Seedance2Ink;

/// <summary>
/// The job API on Seedance2.ink's Open API: submit (<c>POST /api/open/v1/video/generations</c>, charged at
/// acceptance), poll by <c>requestId</c>, cancel a queued or processing job (a finished one answers with
/// <see cref="Errors.SeedanceInvalidRequestException"/>; cancelling twice is harmless, so the call is retried
/// like a read). Images travel as public HTTPS URLs in <c>mediaUrls</c>. The only provider whose
/// <see cref="ProviderCapabilities.Cancel"/> is true.
/// </summary>
public class Seedance2InkJobClient : VideoJobClient
{
    /// <summary>
    /// Seedance2.ink documents no polling cadence. Jobs take one to three minutes, so 5 s keeps the
    /// added latency small at about 12 to 36 polls per job; the server's Retry-After wins when sent.
    /// </summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    /// <summary>Creates a client for Seedance2.ink.</summary>
    /// <param name="apiKey">The Open API key (<c>sd2_live_...</c>).</param>
    /// <param name="options">Pipeline and download settings; null uses the defaults.</param>
    public Seedance2InkJobClient(SeedanceApiKey apiKey, Seedance2InkOptions? options = null)
        : base(ProviderId.Seedance2Ink, apiKey, options ?? new Seedance2InkOptions(), pipeline => new Seedance2InkAdapter(pipeline))
    {
    }

    /// <summary>For mocking.</summary>
    protected Seedance2InkJobClient()
    {
    }

    /// <inheritdoc />
    public override string Provider => ProviderId.Seedance2Ink;

    /// <inheritdoc />
    public override TimeSpan DefaultPollInterval => PollInterval;
}
