using Seedance.Contracts.Jobs;

namespace Seedance.Contracts.Providers.CometApiVolc;

/// <summary>Options of <see cref="CometApiVolcJobClient"/>.</summary>
public sealed class CometApiVolcOptions : VideoJobClientOptions
{
    /// <summary>
    /// When the Volc route fails a create call with its known server-side JSON parse error (quirk
    /// <c>volc-json-parse-error</c>), send the same request through CometAPI's <c>/v1/videos</c> route
    /// (same key, same base URL) instead of throwing <see cref="Errors.CometApiVolcJsonParseException"/>.
    /// The dated model id is mapped (<c>doubao-seedance-1-5-pro-251215</c> → <c>doubao-seedance-1-5-pro</c>) and the
    /// request must be valid on that route (no image URLs, seed, watermark, frames...). The returned job's
    /// <see cref="VideoJob.Provider"/> is then <c>cometapi-videos</c>; rebuild it later with that provider's client.
    /// Off by default: the caller decides whether a different route may run their job.
    /// </summary>
    public bool FallbackToVideosRoute { get; set; }
}
