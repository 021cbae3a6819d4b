using Seedance.Contracts.Errors;
using Seedance.Contracts.Requests;

namespace Seedance.Contracts;

/// <summary>
/// An image for a request: either a public URL, or content to upload (a stream with its media type
/// and file name). The factories check what can be checked up front (a readable stream, an image
/// media type, image magic bytes when the stream is seekable) and throw
/// <see cref="SeedanceValidationException"/> naming the problem, so no request is ever built from a
/// file that is not an image. Which providers take URLs and which take uploads is in
/// <see cref="Capabilities"/>.
/// </summary>
public sealed class ImageInput
{
    private ImageInput(Uri? url, Stream? content, string? contentType, string? fileName)
    {
        Url = url;
        Content = content;
        ContentType = contentType;
        FileName = fileName;
    }

    /// <summary>The public URL, when the image is given by URL.</summary>
    public Uri? Url { get; }

    /// <summary>The content to upload, when the image is given as data. The caller owns the stream.</summary>
    public Stream? Content { get; }

    /// <summary>The media type of <see cref="Content"/>, normalized (e.g. <c>image/png</c>).</summary>
    public string? ContentType { get; }

    /// <summary>The file name sent with <see cref="Content"/>.</summary>
    public string? FileName { get; }

    /// <summary>True when the image is a URL rather than content to upload.</summary>
    public bool IsUrl => Url is not null;

    /// <summary>An image at a public <c>http</c> or <c>https</c> URL.</summary>
    /// <param name="url">An absolute http(s) URL.</param>
    /// <exception cref="SeedanceValidationException">The URL is not absolute or not http(s).</exception>
    public static ImageInput FromUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw Invalid("image.url", url.OriginalString, "an absolute http or https URL", "image-url");
        }

        return new ImageInput(url, null, null, null);
    }

    /// <summary>An image at a public <c>http</c> or <c>https</c> URL given as text.</summary>
    /// <param name="url">An absolute http(s) URL.</param>
    /// <exception cref="SeedanceValidationException">The text is not an absolute http(s) URL.</exception>
    public static ImageInput FromUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Uri.TryCreate(url, UriKind.Absolute, out var parsed)
            ? FromUrl(parsed)
            : throw Invalid("image.url", url, "an absolute http or https URL", "image-url");
    }

    /// <summary>
    /// Image content to upload. When the stream can seek, its first bytes are checked against the
    /// PNG, JPEG, GIF, WebP and BMP signatures and the position is restored.
    /// </summary>
    /// <param name="content">A readable stream; the caller keeps ownership.</param>
    /// <param name="contentType">The image media type, e.g. <c>image/png</c>.</param>
    /// <param name="fileName">The file name sent with the upload.</param>
    /// <exception cref="SeedanceValidationException">
    /// The stream cannot be read or is empty, the media type is not an image type, or the bytes are
    /// not an image (or not the declared type).
    /// </exception>
    public static ImageInput FromStream(Stream content, string contentType, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(contentType);
        ArgumentNullException.ThrowIfNull(fileName);

        var violations = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(fileName))
        {
            violations.Add(new ValidationProblem("image.fileName", fileName, "a non-empty file name", "image-file-name"));
        }

        var type = ImageSniffer.Normalize(contentType);
        if (!type.StartsWith("image/", StringComparison.Ordinal) || type.Length == "image/".Length)
        {
            violations.Add(new ValidationProblem("image.contentType", contentType, "an image media type such as image/png or image/jpeg", "image-type"));
        }

        if (!content.CanRead)
        {
            violations.Add(new ValidationProblem("image.content", "unreadable stream", "a readable stream", "image-stream"));
        }
        else if (content.CanSeek)
        {
            CheckHeader(content, type, violations);
        }

        return violations.Count > 0
            ? throw new SeedanceValidationException(violations)
            : new ImageInput(null, content, type, fileName);
    }

    /// <summary>
    /// An image file to upload. The file is read into memory now (provider image limits are a few
    /// megabytes), so the returned input owns no file handle. The media type comes from the file's
    /// bytes, or from <paramref name="contentType"/> when given.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="contentType">The media type; null to detect it from the content.</param>
    /// <exception cref="SeedanceValidationException">The file is missing, unreadable, empty or not an image.</exception>
    public static ImageInput FromFile(string path, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new SeedanceValidationException(
                [new ValidationProblem("image.file", path, $"a readable image file ({ex.GetType().Name}: {ex.Message})", "image-file")]);
        }

        var type = contentType
            ?? ImageSniffer.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, ImageSniffer.HeaderLength)))
            ?? ImageSniffer.FromExtension(path)
            ?? "application/octet-stream";
        return FromStream(new MemoryStream(bytes, writable: false), type, Path.GetFileName(path));
    }

    /// <inheritdoc />
    public override string ToString() =>
        IsUrl ? Url!.ToString() : $"{FileName} ({ContentType})";

    private static void CheckHeader(Stream content, string declaredType, List<ValidationProblem> violations)
    {
        var start = content.Position;
        Span<byte> header = stackalloc byte[ImageSniffer.HeaderLength];
        int read;
        try
        {
            read = content.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        finally
        {
            content.Position = start;
        }

        if (read == 0)
        {
            violations.Add(new ValidationProblem("image.content", "empty stream", "image data", "image-stream"));
            return;
        }

        var sniffed = ImageSniffer.Sniff(header[..read]);
        if (sniffed is null)
        {
            violations.Add(new ValidationProblem("image.content", "not an image (" + Hex(header[..read]) + ")", "a PNG, JPEG, GIF, WebP or BMP file", "image-type"));
        }
        else if (declaredType.StartsWith("image/", StringComparison.Ordinal) && sniffed != declaredType)
        {
            violations.Add(new ValidationProblem("image.contentType", declaredType, $"{sniffed} (what the bytes are)", "image-type"));
        }
    }

    private static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes[..Math.Min(bytes.Length, 8)]);

    private static SeedanceValidationException Invalid(string field, string? value, string allowed, string rule) =>
        new([new ValidationProblem(field, value, allowed, rule)]);
}
