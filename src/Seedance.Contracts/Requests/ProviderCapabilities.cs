namespace Seedance.Contracts;

/// <summary>
/// What one provider's API can do, independent of the model. Model-level limits (durations,
/// resolutions per model) live in <see cref="Catalog.ModelCatalog"/>; a request must pass both.
/// <see cref="Capabilities"/> holds the table and renders it for the README.
/// </summary>
public sealed record ProviderCapabilities
{
    /// <summary>The provider id.</summary>
    public required string Provider { get; init; }

    /// <summary>Generates from text alone.</summary>
    public required bool TextToVideo { get; init; }

    /// <summary>Takes a first-frame image (on the models that support it).</summary>
    public required bool FirstFrame { get; init; }

    /// <summary>Takes a last-frame image together with a first frame.</summary>
    public required bool LastFrame { get; init; }

    /// <summary>The most reference images any of its models takes; 0 when none.</summary>
    public required int MaxReferenceImages { get; init; }

    /// <summary>Images can be uploaded from local data (file part or data URL).</summary>
    public required bool ImageUpload { get; init; }

    /// <summary>Images can be given as public URLs.</summary>
    public required bool ImageUrls { get; init; }

    /// <summary>Image URLs must be <c>https</c>.</summary>
    public bool ImageUrlsRequireHttps { get; init; }

    /// <summary>Some model can generate an audio track, and the API has a field for it.</summary>
    public required bool AudioGeneration { get; init; }

    /// <summary>A seed can be sent.</summary>
    public required bool Seed { get; init; }

    /// <summary>The watermark can be switched.</summary>
    public required bool Watermark { get; init; }

    /// <summary>A fixed camera can be asked for.</summary>
    public required bool CameraFixed { get; init; }

    /// <summary>A frame count / frame rate can be sent.</summary>
    public required bool FramesAndFps { get; init; }

    /// <summary>A callback (webhook) URL can be sent.</summary>
    public required bool Callback { get; init; }

    /// <summary>
    /// A documented endpoint cancels a task. Check it before <see cref="IVideoJobClient.CancelAsync"/>:
    /// where it is false, that call throws <see cref="Errors.SeedanceNotSupportedException"/> without sending anything.
    /// </summary>
    public required bool Cancel { get; init; }

    /// <summary>Task status reports a completion percentage.</summary>
    public required bool ProgressPercentage { get; init; }

    /// <summary>Some model renders 4k.</summary>
    public required bool Resolution4K { get; init; }

    /// <summary>A service tier (<c>default</c>/<c>flex</c>) and a task expiry can be sent.</summary>
    public required bool ServiceTierAndExpiry { get; init; }

    /// <summary>Reference video/audio URLs can be sent (Seedance2.ink <c>mediaUrls</c>).</summary>
    public required bool MediaUrls { get; init; }

    /// <summary>Settings travel as <c>--flag value</c> text in the prompt (see <see cref="Prompt.PromptText"/>).</summary>
    public required bool InlinePromptFlags { get; init; }

    /// <summary>Where the row's facts come from.</summary>
    public required string Source { get; init; }
}
