namespace Seedance.Contracts.Catalog;

/// <summary>
/// CometAPI <c>POST /v1/videos</c> models. Everything here comes from the create page
/// (seed:000; providers.md §1.3): the model table, the per-model <c>seconds</c> table, the
/// per-model <c>resolution</c> text and the <c>input_reference</c> rule.
/// </summary>
public static class CometApiVideosModels
{
    /// <summary>The <c>size</c> values; the page says every model accepts the same set. No <c>adaptive</c>.</summary>
    internal static readonly IReadOnlyList<string> Sizes = ["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"];

    // input_reference is "JPEG, PNG or WebP" (seed:000); a multipart file part, never a URL.
    private static readonly IReadOnlyList<string> ReferenceTypes = ["image/jpeg", "image/png", "image/webp"];

    private const string ModelTable = "seed:000 model table and model enum";
    private const string SecondsTable = "seed:000 seconds-per-model table (schema 2..15, default 5)";
    private const string ResolutionText = "seed:000 resolution field: 1080p only on 1.5 Pro and 1.0 Pro (default 720p)";
    private const string SizeEnum = "seed:000 size enum (default 16:9)";
    private const string InputReference = "seed:000 input_reference: JPEG/PNG/WebP, only the 2.0 models, anchors the first frame";

    /// <summary><c>doubao-seedance-2-0</c>: 4..15 s, 480p/720p, image-to-video.</summary>
    public static ModelSpec Seedance20 { get; } = TwoZero("doubao-seedance-2-0", "Seedance 2.0");

    /// <summary><c>doubao-seedance-2-0-fast</c>: 4..15 s, 480p/720p, image-to-video.</summary>
    public static ModelSpec Seedance20Fast { get; } = TwoZero("doubao-seedance-2-0-fast", "Seedance 2.0 Fast");

    /// <summary><c>doubao-seedance-1-5-pro</c>: 4..12 s, up to 1080p, text-to-video only.</summary>
    public static ModelSpec Seedance15Pro { get; } = TextOnly("doubao-seedance-1-5-pro", "Seedance 1.5 Pro", 4, 12);

    /// <summary><c>doubao-seedance-1-0-pro</c>: 2..10 s, up to 1080p, text-to-video only.</summary>
    public static ModelSpec Seedance10Pro { get; } = TextOnly("doubao-seedance-1-0-pro", "Seedance 1.0 Pro", 2, 10);

    /// <summary>All four, in the page's order.</summary>
    public static IReadOnlyList<ModelSpec> All { get; } = [Seedance20, Seedance20Fast, Seedance15Pro, Seedance10Pro];

    private static ModelSpec TwoZero(string id, string name) => new()
    {
        Provider = ProviderId.CometApiVideos,
        Id = id,
        DisplayName = name,
        Durations = DurationRule.Between(4, 15),
        DefaultDuration = 5,
        Resolutions = ["480p", "720p"],
        DefaultResolution = "720p",
        AspectRatios = Sizes,
        SupportsFirstFrame = true,
        ImageContentTypes = ReferenceTypes,
        Sources = [ModelTable, SecondsTable, ResolutionText, SizeEnum, InputReference],
    };

    // seed:000: sending input_reference to these gives HTTP 400 "task_type r2v does not support model ...".
    private static ModelSpec TextOnly(string id, string name, int min, int max) => new()
    {
        Provider = ProviderId.CometApiVideos,
        Id = id,
        DisplayName = name,
        Durations = DurationRule.Between(min, max),
        DefaultDuration = 5,
        Resolutions = ["480p", "720p", "1080p"],
        DefaultResolution = "720p",
        AspectRatios = Sizes,
        Sources = [ModelTable, SecondsTable, ResolutionText, SizeEnum, InputReference + " (so not this model)"],
    };
}
