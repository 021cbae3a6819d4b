using Seedance.Contracts.Catalog;
using Seedance.Contracts.Jobs;

namespace Seedance.Contracts.Quirks;

/// <summary>
/// Quirk <c>status-vocabulary</c>: each provider names job states its own way (CometAPI
/// <c>SUBMITTED/IN_PROGRESS/SUCCESS/FAILED/ERROR</c>, Ark <c>queued/running/succeeded/failed/cancelled/expired</c>,
/// AceData <c>processing/succeeded/failed</c> plus Ark's words inside Ark task objects, Seedance2.ink
/// <c>queued/processing/succeeded/failed/cancelled</c>). This table maps each documented word onto one
/// <see cref="VideoJobState"/>; the raw word is always kept in <see cref="VideoJobStatus.RawStatus"/>, and a
/// word not in the table becomes <see cref="VideoJobState.Unknown"/> (never an exception), so a new
/// provider status is visible rather than misread. Matching ignores case. See docs/quirks.md.
/// </summary>
internal static class StatusVocabulary
{
    /// <summary>The stable quirk id.</summary>
    public const string QuirkId = "status-vocabulary";

    private static readonly Dictionary<string, IReadOnlyDictionary<string, VideoJobState>> Tables = new(StringComparer.Ordinal)
    {
        // CometAPI query page (Seedance): SUBMITTED queued, IN_PROGRESS rendering, SUCCESS, FAILED (provider
        // rejected), ERROR (internal error). Both failures end the job without a video.
        [ProviderId.CometApiVideos] = Table(
            ("SUBMITTED", VideoJobState.Queued),
            ("IN_PROGRESS", VideoJobState.Running),
            ("SUCCESS", VideoJobState.Succeeded),
            ("FAILED", VideoJobState.Failed),
            ("ERROR", VideoJobState.Failed)),

        // Ark task statuses (the Volc route returns Ark's task object unchanged).
        [ProviderId.CometApiVolc] = Table(
            ("queued", VideoJobState.Queued),
            ("running", VideoJobState.Running),
            ("succeeded", VideoJobState.Succeeded),
            ("failed", VideoJobState.Failed),
            ("cancelled", VideoJobState.Cancelled),
            ("expired", VideoJobState.Expired)),

        // AceData's tasks guide documents processing, succeeded "or a failure state"; its data object is
        // sometimes Ark's task object, so Ark's words are accepted too.
        [ProviderId.AceDataSeedance] = Table(
            ("processing", VideoJobState.Running),
            ("queued", VideoJobState.Queued),
            ("running", VideoJobState.Running),
            ("succeeded", VideoJobState.Succeeded),
            ("failed", VideoJobState.Failed),
            ("cancelled", VideoJobState.Cancelled),
            ("expired", VideoJobState.Expired)),

        // Seedance2.ink overview page.
        [ProviderId.Seedance2Ink] = Table(
            ("queued", VideoJobState.Queued),
            ("processing", VideoJobState.Running),
            ("succeeded", VideoJobState.Succeeded),
            ("failed", VideoJobState.Failed),
            ("cancelled", VideoJobState.Cancelled)),
    };

    /// <summary>The documented raw statuses of a provider and their normalized state.</summary>
    /// <param name="provider">A provider id.</param>
    /// <exception cref="ArgumentException">The provider id is unknown.</exception>
    public static IReadOnlyDictionary<string, VideoJobState> For(string provider) =>
        provider is not null && Tables.TryGetValue(provider, out var table)
            ? table
            : throw new ArgumentException($"Unknown provider '{provider}'. Known providers: {string.Join(", ", ProviderId.All)}.", nameof(provider));

    /// <summary>The normalized state of a raw status; <see cref="VideoJobState.Unknown"/> when the word is missing or not documented.</summary>
    /// <param name="provider">A provider id.</param>
    /// <param name="rawStatus">The provider's status word, as sent.</param>
    public static VideoJobState Normalize(string provider, string? rawStatus) =>
        !string.IsNullOrWhiteSpace(rawStatus) && For(provider).TryGetValue(rawStatus.Trim(), out var state) ? state : VideoJobState.Unknown;

    private static IReadOnlyDictionary<string, VideoJobState> Table(params (string Raw, VideoJobState State)[] entries) =>
        entries.ToDictionary(e => e.Raw, e => e.State, StringComparer.OrdinalIgnoreCase);
}
