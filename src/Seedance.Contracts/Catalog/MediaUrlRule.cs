namespace Seedance.Contracts.Catalog;

/// <summary>
/// How many media URLs a request may carry and which file types they may point to
/// (Seedance2.ink's <c>mediaUrls</c>: 1-5 public HTTPS URLs; the file type, read from the
/// URL's extension, tells the provider what each file is for).
/// </summary>
public sealed record MediaUrlRule
{
    /// <summary>The fewest URLs when the field is sent at all.</summary>
    public required int MinCount { get; init; }

    /// <summary>The most URLs in one request.</summary>
    public required int MaxCount { get; init; }

    /// <summary>True when only <c>https</c> URLs are accepted.</summary>
    public required bool RequiresHttps { get; init; }

    /// <summary>Image extensions (with the dot, lower case).</summary>
    public required IReadOnlyList<string> ImageExtensions { get; init; }

    /// <summary>Video extensions (with the dot, lower case).</summary>
    public required IReadOnlyList<string> VideoExtensions { get; init; }

    /// <summary>Audio extensions (with the dot, lower case).</summary>
    public required IReadOnlyList<string> AudioExtensions { get; init; }

    /// <summary>Every accepted extension.</summary>
    public IEnumerable<string> AllExtensions => ImageExtensions.Concat(VideoExtensions).Concat(AudioExtensions);

    /// <summary>The lower-case extension of the URL's path (query and fragment ignored), or empty.</summary>
    /// <param name="url">An absolute URL.</param>
    public static string ExtensionOf(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Path.GetExtension(url.AbsolutePath).ToLowerInvariant();
    }

    /// <summary>True when the URL's extension is an accepted image type.</summary>
    /// <param name="url">An absolute URL.</param>
    public bool IsImage(Uri url) => ImageExtensions.Contains(ExtensionOf(url));

    /// <summary>True when the URL's extension is any accepted type.</summary>
    /// <param name="url">An absolute URL.</param>
    public bool IsAccepted(Uri url) => AllExtensions.Contains(ExtensionOf(url));
}
