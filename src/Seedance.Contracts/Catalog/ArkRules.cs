namespace Seedance.Contracts.Catalog;

/// <summary>
/// Upstream Volcengine Ark limits that both Ark-based providers (the CometAPI Volc route and
/// AceData) echo. Source: ArkDocs create doc via providers.md §3.3/§3.4 (Dec 2025 mirror).
/// </summary>
internal static class ArkRules
{
    /// <summary>Ark's ratio list; <c>adaptive</c> is image-to-video only.</summary>
    public static readonly IReadOnlyList<string> Ratios = ["16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "adaptive"];

    /// <summary>Ark's ratios without <c>adaptive</c>, for text-to-video-only models (adaptive follows an input image).</summary>
    public static readonly IReadOnlyList<string> FixedRatios = Ratios.Where(r => r != "adaptive").ToArray();

    /// <summary>Frames: 25+4n in [29, 289], taking precedence over duration.</summary>
    public static readonly FramesRule Frames = new(29, 289);

    /// <summary>Frame rate: only 24.</summary>
    public static readonly IReadOnlyList<int> Fps = [24];

    /// <summary>Seed: [-1, 2^32-1]; -1 means random.</summary>
    public static readonly ValueRange Seed = new(-1, 4_294_967_295);

    /// <summary><c>execution_expires_after</c>: [3600, 259200] seconds, default 172800.</summary>
    public static readonly ValueRange ExecutionExpiresAfter = new(3600, 259_200);

    /// <summary><c>service_tier</c> values.</summary>
    public static readonly IReadOnlyList<string> ServiceTiers = ["default", "flex"];

    public const string RatioSource = "ArkDocs create doc via providers.md §3.3 (ratio list; adaptive is i2v only)";
    public const string FramesSource = "ArkDocs create doc via providers.md §3.3 (frames 25+4n in [29,289]; fps only 24)";
    public const string SeedSource = "ArkDocs create doc via providers.md §3.3 (seed [-1, 2^32-1])";
    public const string ReferenceResolutionSource = "ArkDocs create doc via providers.md §3.3 (1080p not in reference-image mode)";
}
