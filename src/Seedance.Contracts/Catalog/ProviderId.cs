namespace Seedance.Contracts.Catalog;

/// <summary>
/// The four provider ids. Each is the stem of the provider's spec file under <c>specs/</c>
/// (see docs/spec-conventions.md), so one string names the spec, the catalog and the client.
/// </summary>
public static class ProviderId
{
    /// <summary>CometAPI's OpenAI-style route <c>POST /v1/videos</c> (multipart/form-data).</summary>
    public const string CometApiVideos = "cometapi-videos";

    /// <summary>CometAPI's Volcengine-compatible route <c>/volc/v3/contents/generations/tasks</c>.</summary>
    public const string CometApiVolc = "cometapi-volc";

    /// <summary>AceData Cloud <c>/seedance/videos</c> and <c>/seedance/tasks</c>.</summary>
    public const string AceDataSeedance = "acedata-seedance";

    /// <summary>Seedance2.ink Open API <c>/api/open/v1/video/generations</c>.</summary>
    public const string Seedance2Ink = "seedance2-ink";

    /// <summary>Every provider id, in the order the docs list them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [CometApiVideos, CometApiVolc, AceDataSeedance, Seedance2Ink];

    /// <summary>True when <paramref name="provider"/> is one of <see cref="All"/> (ordinal match).</summary>
    /// <param name="provider">The id to test; null is never known.</param>
    public static bool IsKnown(string? provider) => provider is not null && All.Contains(provider, StringComparer.Ordinal);
}
