using System.Text;
using Seedance.Contracts.Catalog;

namespace Seedance.Contracts;

/// <summary>
/// The capability table: the single source for what each provider supports. The README's table
/// is <see cref="ToMarkdownTable"/>'s output, and the validator turns a request for an unsupported
/// capability into a violation with rule <c>capability</c>.
/// </summary>
public static class Capabilities
{
    /// <summary>CometAPI <c>/v1/videos</c> (seed:000; providers.md §1).</summary>
    public static ProviderCapabilities CometApiVideos { get; } = new()
    {
        Provider = ProviderId.CometApiVideos,
        TextToVideo = true,
        FirstFrame = true,          // input_reference, 2.0 models only
        LastFrame = false,
        MaxReferenceImages = 0,     // input_reference anchors the first frame; no separate references
        ImageUpload = true,         // multipart file part
        ImageUrls = false,          // "input_reference: file" only (providers.md §1.7)
        AudioGeneration = false,
        Seed = false,
        Watermark = false,
        CameraFixed = false,
        FramesAndFps = false,
        Callback = false,
        Cancel = false,
        ProgressPercentage = true,  // progress 0-100 in create and query responses
        Resolution4K = false,
        ServiceTierAndExpiry = false,
        MediaUrls = false,
        InlinePromptFlags = false,
        Source = "seed:000 field table; providers.md §1.3-§1.5",
    };

    /// <summary>CometAPI Volc route (seed:002, seed:004; providers.md §3.1, flags §3.4).</summary>
    public static ProviderCapabilities CometApiVolc { get; } = new()
    {
        Provider = ProviderId.CometApiVolc,
        TextToVideo = true,
        FirstFrame = true,
        LastFrame = true,
        MaxReferenceImages = 4,     // Ark r2v on lite-i2v
        ImageUpload = false,        // image_url items; no data-URL support documented for this route
        ImageUrls = true,
        AudioGeneration = false,    // no generate_audio field or text flag documented for the route
        Seed = true,                // --seed
        Watermark = true,           // --wm
        CameraFixed = true,         // --cf
        FramesAndFps = true,        // --frames, --fps
        Callback = true,            // callback_url
        Cancel = false,             // CometAPI documents only create and query (providers.md §3.1)
        ProgressPercentage = false,
        Resolution4K = false,
        ServiceTierAndExpiry = false,
        MediaUrls = false,
        InlinePromptFlags = true,
        Source = "seed:002 body fields; providers.md §3.1-§3.4 (Ark limits and text flags)",
    };

    /// <summary>AceData Cloud (seed:001; providers.md §2).</summary>
    public static ProviderCapabilities AceDataSeedance { get; } = new()
    {
        Provider = ProviderId.AceDataSeedance,
        TextToVideo = true,
        FirstFrame = true,
        LastFrame = true,
        MaxReferenceImages = AceDataSeedanceModels.MaxReferenceImages,
        ImageUpload = true,         // image_url.url may be a data URL (providers.md §2.3)
        ImageUrls = true,
        AudioGeneration = true,     // generate_audio on 1.5 Pro and the 2.0 series
        Seed = true,
        Watermark = true,
        CameraFixed = true,
        FramesAndFps = true,
        Callback = true,            // callback_url
        Cancel = false,             // no cancel endpoint documented
        ProgressPercentage = false,
        Resolution4K = true,        // doubao-seedance-2-0-260128 only
        ServiceTierAndExpiry = true,
        MediaUrls = false,
        InlinePromptFlags = true,
        Source = "seed:001; providers.md §2.2-§2.7",
    };

    /// <summary>Seedance2.ink (seed:003; providers.md §4).</summary>
    public static ProviderCapabilities Seedance2Ink { get; } = new()
    {
        Provider = ProviderId.Seedance2Ink,
        TextToVideo = true,
        FirstFrame = true,          // 1 image in mediaUrls
        LastFrame = true,           // 2 images in mediaUrls
        MaxReferenceImages = 0,     // roles are inferred from the count, so an image cannot be marked "reference"
        ImageUpload = false,
        ImageUrls = true,
        ImageUrlsRequireHttps = true,
        AudioGeneration = false,
        Seed = false,
        Watermark = false,
        CameraFixed = false,
        FramesAndFps = false,
        Callback = true,            // webhookUrl
        Cancel = true,              // POST .../{requestId}/cancel
        ProgressPercentage = false,
        Resolution4K = false,
        ServiceTierAndExpiry = false,
        MediaUrls = true,
        InlinePromptFlags = false,
        Source = "seed:003; providers.md §4.1-§4.4",
    };

    /// <summary>Every provider's row, in <see cref="ProviderId.All"/> order.</summary>
    public static IReadOnlyList<ProviderCapabilities> All { get; } = [CometApiVideos, CometApiVolc, AceDataSeedance, Seedance2Ink];

    /// <summary>The capabilities of one provider.</summary>
    /// <param name="provider">A provider id.</param>
    /// <exception cref="ArgumentException">The provider id is unknown.</exception>
    public static ProviderCapabilities For(string provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return All.FirstOrDefault(c => c.Provider == provider)
            ?? throw new ArgumentException(
                $"Unknown provider '{provider}'. Known providers: {string.Join(", ", ProviderId.All)}.", nameof(provider));
    }

    /// <summary>
    /// The table as GitHub markdown (one row per capability, one column per provider, ✓ or —, with
    /// counts where they matter). The README embeds this text verbatim; a test keeps them equal.
    /// </summary>
    public static string ToMarkdownTable()
    {
        var rows = new (string Label, Func<ProviderCapabilities, string> Cell)[]
        {
            ("Text to video", c => Mark(c.TextToVideo)),
            ("First frame (image to video)", c => Mark(c.FirstFrame)),
            ("Last frame", c => Mark(c.LastFrame)),
            ("Reference images (max)", c => c.MaxReferenceImages > 0 ? c.MaxReferenceImages.ToString(System.Globalization.CultureInfo.InvariantCulture) : "—"),
            ("Image upload (local file)", c => Mark(c.ImageUpload)),
            ("Image by URL", c => c.ImageUrls ? (c.ImageUrlsRequireHttps ? "✓ (https)" : "✓") : "—"),
            ("Audio generation", c => Mark(c.AudioGeneration)),
            ("Seed", c => Mark(c.Seed)),
            ("Watermark switch", c => Mark(c.Watermark)),
            ("Fixed camera", c => Mark(c.CameraFixed)),
            ("Frames / fps", c => Mark(c.FramesAndFps)),
            ("4k", c => Mark(c.Resolution4K)),
            ("Service tier / expiry", c => Mark(c.ServiceTierAndExpiry)),
            ("Reference video/audio URLs", c => Mark(c.MediaUrls)),
            ("Inline prompt flags", c => Mark(c.InlinePromptFlags)),
            ("Callback / webhook", c => Mark(c.Callback)),
            ("Cancel", c => Mark(c.Cancel)),
            ("Progress percentage", c => Mark(c.ProgressPercentage)),
        };

        var sb = new StringBuilder();
        sb.Append("| Capability |");
        foreach (var c in All)
        {
            sb.Append(" `").Append(c.Provider).Append("` |");
        }

        sb.Append('\n').Append("|---|");
        foreach (var _ in All)
        {
            sb.Append("---|");
        }

        sb.Append('\n');
        foreach (var (label, cell) in rows)
        {
            sb.Append("| ").Append(label).Append(" |");
            foreach (var c in All)
            {
                sb.Append(' ').Append(cell(c)).Append(" |");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string Mark(bool supported) => supported ? "✓" : "—";
}
