namespace Seedance.Contracts.Catalog;

/// <summary>
/// Seedance2.ink Open API models (seed:003 request-field table; providers.md §4.1-§4.2, the
/// API overview and image-to-video pages).
/// </summary>
public static class Seedance2InkModels
{
    /// <summary>The three aspect ratios; no <c>adaptive</c>.</summary>
    internal static readonly IReadOnlyList<string> AspectRatios = ["16:9", "9:16", "1:1"];

    /// <summary>
    /// <c>mediaUrls</c>: 1-5 public HTTPS URLs; images set the first/last frame (1 image = first frame,
    /// 2 = first + last), video and audio guide motion and rhythm (providers.md §4.2, image-to-video page).
    /// </summary>
    public static MediaUrlRule MediaUrls { get; } = new()
    {
        MinCount = 1,
        MaxCount = 5,
        RequiresHttps = true,
        ImageExtensions = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp"],
        VideoExtensions = [".mp4", ".mov", ".m4v"],
        AudioExtensions = [".mp3", ".wav"],
    };

    private const string ModelList = "seed:003 model field and providers.md §4.1 (models, 480p/720p/1080p, 16:9/9:16/1:1)";
    private const string DurationField = "seed:003 duration field (2.0 models 4-15; 1.5-pro 5 or 10)";
    private const string MediaUrlsField = "providers.md §4.2 (image-to-video page: mediaUrls 1-5 HTTPS URLs, file types, 1 image = first frame, 2 = first+last)";

    /// <summary><c>seedance-2.0</c>: 4..15 s.</summary>
    public static ModelSpec Seedance20 { get; } = Model("seedance-2.0", "Seedance 2.0", DurationRule.Between(4, 15));

    /// <summary><c>seedance-2.0-fast</c>: 4..15 s.</summary>
    public static ModelSpec Seedance20Fast { get; } = Model("seedance-2.0-fast", "Seedance 2.0 Fast", DurationRule.Between(4, 15));

    /// <summary><c>seedance-1.5-pro</c>: only 5 or 10 s.</summary>
    public static ModelSpec Seedance15Pro { get; } = Model("seedance-1.5-pro", "Seedance 1.5 Pro", DurationRule.OneOf(5, 10));

    /// <summary>All three, in the docs' order.</summary>
    public static IReadOnlyList<ModelSpec> All { get; } = [Seedance20, Seedance20Fast, Seedance15Pro];

    // No defaults are documented for aspectRatio, duration or resolution (providers.md §4.2), so none are set.
    private static ModelSpec Model(string id, string name, DurationRule durations) => new()
    {
        Provider = ProviderId.Seedance2Ink,
        Id = id,
        DisplayName = name,
        Durations = durations,
        Resolutions = ["480p", "720p", "1080p"],
        AspectRatios = AspectRatios,
        SupportsFirstFrame = true,
        SupportsLastFrame = true,
        MediaUrls = MediaUrls,
        Sources = [ModelList, DurationField, MediaUrlsField],
    };
}
