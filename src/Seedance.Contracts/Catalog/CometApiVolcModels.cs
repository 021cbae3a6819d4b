namespace Seedance.Contracts.Catalog;

/// <summary>
/// Models for CometAPI's Volcengine-compatible route. CometAPI documents only one id for it,
/// <c>doubao-seedance-1-5-pro-251215</c>, "the current production example" that takes text-only and
/// first/last-frame requests (seed:002). The route forwards to Ark, so Ark's own documented ids are
/// listed too (the "支持模型" table of ArkDocs <c>视频生成.md</c>, in the Hajimi-Commune/VolcanoArkDocs
/// mirror at 98e1d9a7 that providers.md §0 names), with Ark's limits
/// (ArkDocs create doc via providers.md §3.3). CometAPI does not confirm that every Ark id is
/// enabled on its route.
/// </summary>
/// <remarks>
/// The route documents only <c>model</c>, <c>content</c> and <c>callback_url</c> (seed:002), so
/// resolution, ratio, duration, frames, fps, seed, camerafixed and watermark travel as text flags
/// (providers.md §3.4) and there is no way to ask for audio, a service tier or an expiry.
/// </remarks>
public static class CometApiVolcModels
{
    private const string ArkTable = "ArkDocs 视频生成.md, 支持模型 table (Hajimi-Commune/VolcanoArkDocs 98e1d9a7, docs/火山方舟大模型服务平台/视频生成.md): model id and abilities";
    private const string ArkDuration = "ArkDocs create doc via providers.md §3.3 (duration 2..12, default 5)";
    private const string ArkResolution = "ArkDocs create doc via providers.md §3.3 (480p/720p/1080p; default lite 720p, pro/pro-fast 1080p)";
    private const string RouteFields = "seed:002 (route documents model, content, callback_url only; no audio field)";

    /// <summary>
    /// <c>doubao-seedance-1-5-pro-251215</c>: CometAPI's documented example for this route.
    /// </summary>
    /// <remarks>
    /// Duration: Ark's generic 2..12 (§3.3) conflicts with 4..12 for 1.5 Pro on CometAPI's own
    /// /v1/videos route (seed:000) and in AceData's guide (§2.2); the stricter 4..12 is used.
    /// Frames: AceData's Docs guide says frames are for the 1.0 series only (§2.4), so none here.
    /// </remarks>
    public static ModelSpec Seedance15Pro { get; } = new()
    {
        Provider = ProviderId.CometApiVolc,
        Id = "doubao-seedance-1-5-pro-251215",
        DisplayName = "Seedance 1.5 Pro",
        Durations = DurationRule.Between(4, 12),
        DefaultDuration = 5,
        Resolutions = ["480p", "720p", "1080p"],
        AspectRatios = ArkRules.Ratios,
        AdaptiveRequiresImage = true,
        SupportsFirstFrame = true,
        SupportsLastFrame = true,
        FramesPerSecond = ArkRules.Fps,
        Seed = ArkRules.Seed,
        SupportsCameraFixed = true,
        SupportsWatermark = true,
        Sources =
        [
            "seed:002 model example (text-only and first/last-frame requests)",
            "seed:000 seconds table: 1.5 Pro 4..12 (stricter than Ark's 2..12)",
            "seed:000 resolution field: 1.5 Pro supports 1080p",
            "seed:000 r2v error: 1.5 Pro takes no reference images",
            ArkRules.RatioSource, ArkRules.FramesSource, ArkRules.SeedSource, RouteFields,
        ],
    };

    /// <summary><c>doubao-seedance-1-0-pro-250528</c>: text, first frame, first+last frame (Ark).</summary>
    public static ModelSpec Seedance10Pro { get; } = Ark(
        "doubao-seedance-1-0-pro-250528", "Seedance 1.0 Pro", "1080p", firstFrame: true, lastFrame: true);

    /// <summary><c>doubao-seedance-1-0-pro-fast-251015</c>: text and first frame only (Ark).</summary>
    public static ModelSpec Seedance10ProFast { get; } = Ark(
        "doubao-seedance-1-0-pro-fast-251015", "Seedance 1.0 Pro Fast", "1080p", firstFrame: true, lastFrame: false);

    /// <summary><c>doubao-seedance-1-0-lite-t2v-250428</c>: text-to-video only (Ark).</summary>
    public static ModelSpec Seedance10LiteT2V { get; } = Ark(
        "doubao-seedance-1-0-lite-t2v-250428", "Seedance 1.0 Lite (t2v)", "720p", firstFrame: false, lastFrame: false);

    /// <summary>
    /// <c>doubao-seedance-1-0-lite-i2v-250428</c>: image-to-video only: first frame, first+last frame,
    /// or 1-4 reference images (Ark; providers.md §3.2), and no 1080p with reference images.
    /// </summary>
    public static ModelSpec Seedance10LiteI2V { get; } = LiteI2V();

    private static ModelSpec LiteI2V()
    {
        var ark = Ark("doubao-seedance-1-0-lite-i2v-250428", "Seedance 1.0 Lite (i2v)", "720p", firstFrame: true, lastFrame: true);
        return ark with
        {
            SupportsTextToVideo = false,
            MaxReferenceImages = 4,
            // Ark lists reference images and first/last frames as separate modes; AceData's guide
            // (same upstream) forbids combining them. [I] for Ark itself, so the stricter reading.
            ReferenceImagesExcludeFrames = true,
            ResolutionsWithReferenceImages = ["480p", "720p"],
            CameraFixedExcludesReferenceImages = true,
            HasInferredRules = true,
            Sources = [.. ark.Sources, "[I] reference images never with first/last frame: AceData's documented rule (providers.md §2.3) assumed for Ark"],
        };
    }

    /// <summary>The documented example first, then Ark's ids in the order of Ark's table.</summary>
    public static IReadOnlyList<ModelSpec> All { get; } =
        [Seedance15Pro, Seedance10Pro, Seedance10ProFast, Seedance10LiteT2V, Seedance10LiteI2V];

    /// <summary>The model id the route's own docs name (the only one the spec can show).</summary>
    public static string DocumentedExampleId => Seedance15Pro.Id;

    private static ModelSpec Ark(string id, string name, string defaultResolution, bool firstFrame, bool lastFrame)
    {
        var sources = new List<string> { ArkTable, ArkDuration, ArkResolution, ArkRules.RatioSource, ArkRules.FramesSource, ArkRules.SeedSource, RouteFields };
        if (id.Contains("lite-i2v", StringComparison.Ordinal))
        {
            sources.Add("ArkDocs create doc via providers.md §3.2 (r2v: 1-4 reference images for lite-i2v)");
            sources.Add(ArkRules.ReferenceResolutionSource);
            sources.Add("ArkDocs create doc via providers.md §3.3 (camerafixed not in r2v)");
        }

        return new ModelSpec
        {
            Provider = ProviderId.CometApiVolc,
            Id = id,
            DisplayName = name,
            Durations = DurationRule.Between(2, 12),
            DefaultDuration = 5,
            Resolutions = ["480p", "720p", "1080p"],
            DefaultResolution = defaultResolution,
            AspectRatios = firstFrame ? ArkRules.Ratios : ArkRules.FixedRatios,
            AdaptiveRequiresImage = true,
            SupportsFirstFrame = firstFrame,
            SupportsLastFrame = lastFrame,
            Frames = ArkRules.Frames,
            FramesPerSecond = ArkRules.Fps,
            Seed = ArkRules.Seed,
            SupportsCameraFixed = true,
            SupportsWatermark = true,
            Sources = sources,
        };
    }
}
