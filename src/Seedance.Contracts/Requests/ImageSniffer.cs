namespace Seedance.Contracts.Requests;

/// <summary>Recognizes image files by their first bytes, so a non-image is caught before upload.</summary>
internal static class ImageSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> needs at most.</summary>
    public const int HeaderLength = 12;

    /// <summary>The media type the header belongs to (PNG, JPEG, GIF, WebP, BMP), or null.</summary>
    public static string? Sniff(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }

        if (header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        return header.StartsWith("BM"u8) ? "image/bmp" : null;
    }

    /// <summary>The media type for a file extension the SDK knows, or null.</summary>
    public static string? FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".bmp" => "image/bmp",
        _ => null,
    };

    /// <summary>Lower-cases a media type, drops parameters and maps the common <c>image/jpg</c> alias.</summary>
    public static string Normalize(string contentType)
    {
        var bare = contentType.Split(';', 2)[0].Trim().ToLowerInvariant();
        return bare == "image/jpg" ? "image/jpeg" : bare;
    }
}
