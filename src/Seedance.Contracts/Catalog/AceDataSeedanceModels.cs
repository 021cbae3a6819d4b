namespace Seedance.Contracts.Catalog;

/// <summary>
/// AceData Cloud <c>POST /seedance/videos</c> models: the nine dated ids of AceData's own OpenAPI
/// file (providers.md §2.2, AceData seedance.json; seed:001 is an older copy with the first five).
/// Per-model limits come from AceData's guides (providers.md §2.2-§2.4); what AceData leaves out
/// falls back to Ark, which AceData forwards to (providers.md §3.3).
/// </summary>
/// <remarks>
/// Conflicts and the side taken (also in docs/model-rules.md):
/// frames max 289 (seedance.json, Docs guide) vs 361 (APIs guide) → 289;
/// <c>--dur</c> 2..15 (APIs guide) vs 2..12 (Docs guide) → the per-model ranges below, which sit inside both;
/// generate_audio only on 1.5 Pro (seed:001) vs 1.5 Pro and the 2.0 series (APIs guide) → the newer guide;
/// reference images on lite-i2v (Ark r2v, 1-4) vs "reference_image only on 2.0 models" (AceData Docs guide) → none on lite-i2v;
/// default resolution 480p for lite (AceData) vs 720p (Ark) → AceData's own page for this provider.
/// </remarks>
public static class AceDataSeedanceModels
{
    private const string ModelEnum = "providers.md §2.2 (AceData seedance.json model enum)";
    private const string ResolutionRule = "providers.md §2.2 (APIs guide: 4k only on 2-0-260128; 2.0-fast and 2.0-mini cap at 720p)";
    private const string DefaultResolutionRule = "providers.md §2.2 (docs.acedata.cloud: 720p for most models, 480p for lite)";
    private const string DurationRuleSource = "providers.md §2.2 (APIs guide: 1.0 Pro/Pro Fast 2..12; 1.5 Pro 4..12 or -1; 2.0 4..15 or -1)";
    private const string FramesRule = "providers.md §2.2/§2.4 (seedance.json frames 29..289, 25+4n; Docs guide: 1.0 series only; APIs guide 361 not taken)";
    private const string AudioRule = "providers.md §2.2 (generate_audio: seed:001 1.5 Pro; APIs guide adds the 2.0 series)";
    private const string ReferenceRule = "providers.md §2.3 (Docs guide: reference_image only on 2.0 models, never with first/last frame, up to 9 images)";
    private const string CommonFields = "seed:001 / providers.md §2.2 (seed -1..4294967295, execution_expires_after 3600..259200, service_tier default|flex in seed:001 only)";
    private const string TextLength = "providers.md §2.3 (seedance.json content text maxLength 1000)";
    private const string CameraFixedRule = "ArkDocs create doc via providers.md §3.3 (camerafixed not in reference-image mode)";
    private const string ArkFrames = "ArkDocs 视频生成.md, 支持模型 table (Hajimi-Commune/VolcanoArkDocs 98e1d9a7, docs/火山方舟大模型服务平台/视频生成.md): first frame / first+last frame per 1.0 model";

    /// <summary>The largest <c>content[].text</c>, flags included (seedance.json).</summary>
    public const int MaxTextLength = 1000;

    /// <summary>The most images in one request on the 2.0 series (Docs guide).</summary>
    public const int MaxReferenceImages = 9;

    /// <summary><c>doubao-seedance-1-0-pro-250528</c>.</summary>
    public static ModelSpec Seedance10Pro { get; } = OneZero("doubao-seedance-1-0-pro-250528", "Seedance 1.0 Pro", "720p", firstFrame: true, lastFrame: true);

    /// <summary><c>doubao-seedance-1-0-pro-fast-251015</c> (first frame only, as on Ark).</summary>
    public static ModelSpec Seedance10ProFast { get; } = OneZero("doubao-seedance-1-0-pro-fast-251015", "Seedance 1.0 Pro Fast", "720p", firstFrame: true, lastFrame: false);

    /// <summary><c>doubao-seedance-1-5-pro-251215</c>: 4..12 s or auto, audio.</summary>
    public static ModelSpec Seedance15Pro { get; } = Base("doubao-seedance-1-5-pro-251215", "Seedance 1.5 Pro") with
    {
        Durations = DurationRule.Between(4, 12, allowsAuto: true),
        Resolutions = ["480p", "720p", "1080p"],
        DefaultResolution = "720p",
        SupportsFirstFrame = true,
        SupportsLastFrame = true,
        SupportsAudioGeneration = true,
        Sources = [ModelEnum, DurationRuleSource, DefaultResolutionRule, AudioRule, "seed:002 (1.5 Pro takes first/last-frame guidance)", ReferenceRule + " (so none here)", CommonFields, TextLength, ArkRules.RatioSource],
    };

    /// <summary><c>doubao-seedance-1-0-lite-t2v-250428</c>: text-to-video only; duration 2..12 as for the whole 1.0 series (AceData Docs guide).</summary>
    public static ModelSpec Seedance10LiteT2V { get; } = OneZero("doubao-seedance-1-0-lite-t2v-250428", "Seedance 1.0 Lite (t2v)", "480p", firstFrame: false, lastFrame: false);

    /// <summary><c>doubao-seedance-1-0-lite-i2v-250428</c>: image-to-video only (first, first+last); no reference images on AceData.</summary>
    public static ModelSpec Seedance10LiteI2V { get; } = OneZero("doubao-seedance-1-0-lite-i2v-250428", "Seedance 1.0 Lite (i2v)", "480p", firstFrame: true, lastFrame: true) with
    {
        SupportsTextToVideo = false,
    };

    /// <summary><c>doubao-seedance-2-0-260128</c>: the only model with 4k.</summary>
    public static ModelSpec Seedance20 { get; } = TwoSeries("doubao-seedance-2-0-260128", "Seedance 2.0", ["480p", "720p", "1080p", "4k"]);

    /// <summary><c>doubao-seedance-2-0-fast-260128</c>: capped at 720p.</summary>
    public static ModelSpec Seedance20Fast { get; } = TwoSeries("doubao-seedance-2-0-fast-260128", "Seedance 2.0 Fast", ["480p", "720p"]);

    /// <summary><c>doubao-seedance-2-0-mini-260615</c>: capped at 720p.</summary>
    public static ModelSpec Seedance20Mini { get; } = TwoSeries("doubao-seedance-2-0-mini-260615", "Seedance 2.0 Mini", ["480p", "720p"]);

    /// <summary>
    /// <c>doubao-seedance-2-5-260628</c>. AceData documents only the id (and that 4k is 2-0-260128 only);
    /// the other limits are assumed to follow the 2.0 series ([I], see <see cref="ModelSpec.HasInferredRules"/>).
    /// </summary>
    public static ModelSpec Seedance25 { get; } = TwoSeries("doubao-seedance-2-5-260628", "Seedance 2.5", ["480p", "720p", "1080p"]) with
    {
        HasInferredRules = true,
        Sources = [ModelEnum, ResolutionRule + " (so no 4k)", "[I] no per-model limits documented for 2-5; assumed like the 2.0 series", CommonFields, TextLength, ArkRules.RatioSource],
    };

    /// <summary>All nine, in the spec enum's order.</summary>
    public static IReadOnlyList<ModelSpec> All { get; } =
    [
        Seedance10Pro, Seedance10ProFast, Seedance15Pro, Seedance10LiteT2V, Seedance10LiteI2V,
        Seedance20, Seedance20Fast, Seedance20Mini, Seedance25,
    ];

    private static ModelSpec Base(string id, string name) => new()
    {
        Provider = ProviderId.AceDataSeedance,
        Id = id,
        DisplayName = name,
        Durations = DurationRule.Between(2, 12),
        Resolutions = ["480p", "720p", "1080p"],
        AspectRatios = ArkRules.Ratios,
        AdaptiveRequiresImage = true,
        FramesPerSecond = ArkRules.Fps,
        Seed = ArkRules.Seed,
        SupportsCameraFixed = true,
        SupportsWatermark = true,
        ServiceTiers = ArkRules.ServiceTiers,
        ExecutionExpiresAfter = ArkRules.ExecutionExpiresAfter,
        MaxPromptLength = MaxTextLength,
        Sources = [],
    };

    private static ModelSpec OneZero(string id, string name, string defaultResolution, bool firstFrame, bool lastFrame) => Base(id, name) with
    {
        Durations = DurationRule.Between(2, 12),
        DefaultResolution = defaultResolution,
        AspectRatios = firstFrame ? ArkRules.Ratios : ArkRules.FixedRatios,
        SupportsFirstFrame = firstFrame,
        SupportsLastFrame = lastFrame,
        Frames = ArkRules.Frames,
        Sources =
        [
            ModelEnum,
            id.Contains("lite", StringComparison.Ordinal)
                ? "AceDataCloud/Docs en/guides/seedance/seedance_videos.mdx 2624d9fe (1.0 series 2..12, lite included); ArkDocs create doc via providers.md §3.3 agrees"
                : DurationRuleSource,
            DefaultResolutionRule, ArkFrames, FramesRule, ReferenceRule + " (so none here)", AudioRule + " (so none here)",
            CommonFields, TextLength, ArkRules.RatioSource,
        ],
    };

    private static ModelSpec TwoSeries(string id, string name, IReadOnlyList<string> resolutions) => Base(id, name) with
    {
        Durations = DurationRule.Between(4, 15, allowsAuto: true),
        Resolutions = resolutions,
        DefaultResolution = "720p",
        SupportsFirstFrame = true,
        SupportsLastFrame = true,
        MaxReferenceImages = MaxReferenceImages,
        ReferenceImagesExcludeFrames = true,
        CameraFixedExcludesReferenceImages = true,
        SupportsAudioGeneration = true,
        Sources = [ModelEnum, DurationRuleSource, ResolutionRule, DefaultResolutionRule, ReferenceRule, AudioRule, FramesRule + " (so none here)", CommonFields, TextLength, ArkRules.RatioSource, CameraFixedRule],
    };
}
