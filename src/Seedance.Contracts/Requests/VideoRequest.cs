namespace Seedance.Contracts;

/// <summary>
/// A video request in provider-neutral terms. Each client maps it onto its provider's fields
/// (e.g. <see cref="Duration"/> is CometAPI's <c>seconds</c>, AceData's <c>duration</c>, a
/// <c>--dur</c> flag on the Volc route). Leave a field null to use the provider's default.
/// <see cref="Validation.VideoRequestValidator"/> checks it against the model catalog and the
/// provider's capabilities before anything is sent.
/// </summary>
public sealed record VideoRequest
{
    /// <summary>The text prompt. Required.</summary>
    public required string Prompt { get; init; }

    /// <summary>The model id exactly as the provider lists it (see <see cref="Catalog.ModelCatalog"/>).</summary>
    public required string Model { get; init; }

    /// <summary>Length in whole seconds; <c>-1</c> asks for "auto" where the model allows it.</summary>
    public int? Duration { get; init; }

    /// <summary>Aspect ratio such as <c>16:9</c>, or <c>adaptive</c> (image-to-video only).</summary>
    public string? AspectRatio { get; init; }

    /// <summary>Resolution: <c>480p</c>, <c>720p</c>, <c>1080p</c> or <c>4k</c>.</summary>
    public string? Resolution { get; init; }

    /// <summary>The image the video starts from (image-to-video).</summary>
    public ImageInput? FirstFrame { get; init; }

    /// <summary>The image the video ends on; needs <see cref="FirstFrame"/>.</summary>
    public ImageInput? LastFrame { get; init; }

    /// <summary>Reference images (subject or style), where the model takes them.</summary>
    public IReadOnlyList<ImageInput> ReferenceImages { get; init; } = [];

    /// <summary>Random seed; <c>-1</c> means random.</summary>
    public long? Seed { get; init; }

    /// <summary>Whether the provider adds its watermark.</summary>
    public bool? Watermark { get; init; }

    /// <summary>Whether to generate an audio track.</summary>
    public bool? GenerateAudio { get; init; }

    /// <summary>An absolute http(s) URL the provider calls when the task ends (callback or webhook).</summary>
    public Uri? CallbackUrl { get; init; }

    /// <summary>Ark-style frame count (25+4n); takes precedence over duration upstream, so send only one.</summary>
    public int? Frames { get; init; }

    /// <summary>Ark-style frame rate (only 24 is documented).</summary>
    public int? FramesPerSecond { get; init; }

    /// <summary>Ark-style fixed camera.</summary>
    public bool? CameraFixed { get; init; }

    /// <summary>AceData <c>service_tier</c> (<c>default</c> or <c>flex</c>).</summary>
    public string? ServiceTier { get; init; }

    /// <summary>AceData <c>execution_expires_after</c> in seconds.</summary>
    public int? ExecutionExpiresAfter { get; init; }

    /// <summary>
    /// Seedance2.ink only: extra <c>mediaUrls</c> (video or audio references) sent after the
    /// first/last frame URLs. The provider infers each file's role from its type.
    /// </summary>
    public IReadOnlyList<Uri> MediaUrls { get; init; } = [];

    /// <summary>
    /// Fields only one provider has (<see cref="Providers.AceDataSeedance.AceDataSeedanceRequestOptions"/>,
    /// <see cref="Providers.Seedance2Ink.Seedance2InkRequestOptions"/>). Options of another provider than the
    /// one the request is submitted to are refused before anything is sent.
    /// </summary>
    public ProviderRequestOptions? ProviderOptions { get; init; }
}
