namespace Seedance.Contracts.Catalog;

/// <summary>
/// What one model accepts on one provider. The same upstream model can have different limits on
/// different providers (CometAPI's 1.5 Pro takes 4-12 s, Seedance2.ink's only 5 or 10), so a spec
/// is keyed by (<see cref="Provider"/>, <see cref="Id"/>). Every rule names its source in
/// <see cref="Sources"/>; docs/model-rules.md renders the whole catalog.
/// </summary>
public sealed record ModelSpec
{
    /// <summary>The provider id (see <see cref="ProviderId"/>).</summary>
    public required string Provider { get; init; }

    /// <summary>The model id exactly as the provider expects it in the request.</summary>
    public required string Id { get; init; }

    /// <summary>A human name for the model family, e.g. <c>Seedance 2.0 Fast</c>.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The allowed durations in seconds.</summary>
    public required DurationRule Durations { get; init; }

    /// <summary>The duration the provider uses when none is sent, when documented.</summary>
    public int? DefaultDuration { get; init; }

    /// <summary>The allowed resolutions (<c>480p</c>, <c>720p</c>, <c>1080p</c>, <c>4k</c>).</summary>
    public required IReadOnlyList<string> Resolutions { get; init; }

    /// <summary>The resolution the provider uses when none is sent, when documented.</summary>
    public string? DefaultResolution { get; init; }

    /// <summary>
    /// The resolutions allowed when reference images are sent, or null when the same as
    /// <see cref="Resolutions"/> (Ark: 1080p is not supported in reference-image mode).
    /// </summary>
    public IReadOnlyList<string>? ResolutionsWithReferenceImages { get; init; }

    /// <summary>The allowed aspect ratios (including <c>adaptive</c> where documented).</summary>
    public required IReadOnlyList<string> AspectRatios { get; init; }

    /// <summary>True when <c>adaptive</c> is accepted only together with an input image.</summary>
    public bool AdaptiveRequiresImage { get; init; }

    /// <summary>True when the model can generate from text alone (lite-i2v cannot).</summary>
    public bool SupportsTextToVideo { get; init; } = true;

    /// <summary>True when the model takes a first-frame image (image-to-video).</summary>
    public bool SupportsFirstFrame { get; init; }

    /// <summary>True when the model takes a last-frame image (with a first frame).</summary>
    public bool SupportsLastFrame { get; init; }

    /// <summary>The most reference images the model takes; 0 when it takes none.</summary>
    public int MaxReferenceImages { get; init; }

    /// <summary>True when reference images must not be combined with a first or last frame.</summary>
    public bool ReferenceImagesExcludeFrames { get; init; }

    /// <summary>True when <c>camerafixed</c> is not accepted together with reference images (Ark: not in r2v).</summary>
    public bool CameraFixedExcludesReferenceImages { get; init; }

    /// <summary>
    /// The image media types accepted for uploaded images, or null when any <c>image/*</c> type
    /// the SDK recognizes is accepted.
    /// </summary>
    public IReadOnlyList<string>? ImageContentTypes { get; init; }

    /// <summary>True when the model can generate an audio track (<c>generate_audio</c>).</summary>
    public bool SupportsAudioGeneration { get; init; }

    /// <summary>The frame-count rule, or null when frames cannot be set.</summary>
    public FramesRule? Frames { get; init; }

    /// <summary>The allowed frame rates; empty when the rate cannot be set.</summary>
    public IReadOnlyList<int> FramesPerSecond { get; init; } = [];

    /// <summary>The allowed seed range (-1 = random), or null when no seed can be sent.</summary>
    public ValueRange? Seed { get; init; }

    /// <summary>True when <c>camerafixed</c> can be set.</summary>
    public bool SupportsCameraFixed { get; init; }

    /// <summary>True when <c>watermark</c> can be set.</summary>
    public bool SupportsWatermark { get; init; }

    /// <summary>The allowed service tiers; empty when the field is not offered.</summary>
    public IReadOnlyList<string> ServiceTiers { get; init; } = [];

    /// <summary>The allowed <c>execution_expires_after</c> in seconds, or null when not offered.</summary>
    public ValueRange? ExecutionExpiresAfter { get; init; }

    /// <summary>The rule for a list of media URLs (Seedance2.ink), or null.</summary>
    public MediaUrlRule? MediaUrls { get; init; }

    /// <summary>The longest prompt text in characters, or null when the provider documents none.</summary>
    public int? MaxPromptLength { get; init; }

    /// <summary>True when some rules are inferred rather than documented for this id (see <see cref="Sources"/>).</summary>
    public bool HasInferredRules { get; init; }

    /// <summary>Where each rule comes from, e.g. <c>seed:000 duration table</c>.</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>True when the model accepts any image input at all.</summary>
    public bool AcceptsImages => SupportsFirstFrame || SupportsLastFrame || MaxReferenceImages > 0;
}
