namespace Seedance.Contracts;

/// <summary>
/// An open video response: the body as it arrives, with what the server said about it. Dispose it to
/// release the connection. From <see cref="VideoJob.OpenReadAsync"/> (for a proxy endpoint that streams
/// the video on with the right <c>Content-Type</c> and <c>Content-Length</c>) or
/// <see cref="IVideoJobClient.OpenVideoAsync"/>.
/// </summary>
public sealed class VideoDownload : IDisposable, IAsyncDisposable
{
    private readonly IDisposable? _owner;

    /// <summary>Wraps an open body (test doubles and custom clients build one too).</summary>
    /// <param name="content">The body stream.</param>
    /// <param name="contentType">The media type, e.g. <c>video/mp4</c>, when the server sent one.</param>
    /// <param name="length">How many bytes <paramref name="content"/> will deliver, when known.</param>
    /// <param name="offset">The position in the file of the body's first byte (non-zero for a resumed range).</param>
    /// <param name="totalLength">The whole file's length, when known.</param>
    /// <param name="validator">The strong ETag or the Last-Modified date, for an <c>If-Range</c> when resuming.</param>
    /// <param name="owner">What to dispose with the stream (the HTTP response).</param>
    public VideoDownload(Stream content, string? contentType, long? length, long offset = 0, long? totalLength = null, string? validator = null, IDisposable? owner = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        Content = content;
        ContentType = contentType;
        Length = length;
        Offset = offset;
        TotalLength = totalLength ?? (offset == 0 ? length : null);
        Validator = validator;
        _owner = owner;
    }

    /// <summary>The body, read as it arrives (never buffered whole).</summary>
    public Stream Content { get; }

    /// <summary>The media type the server sent, e.g. <c>video/mp4</c>.</summary>
    public string? ContentType { get; }

    /// <summary>How many bytes <see cref="Content"/> will deliver (<c>Content-Length</c>), when known.</summary>
    public long? Length { get; }

    /// <summary>The position of <see cref="Content"/>'s first byte in the file: 0, or where a range request resumed.</summary>
    public long Offset { get; }

    /// <summary>The whole file's length, when known.</summary>
    public long? TotalLength { get; }

    /// <summary>The strong ETag, else the Last-Modified date: what a resumed request sends as <c>If-Range</c>.</summary>
    public string? Validator { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Content.Dispose();
        _owner?.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync().ConfigureAwait(false);
        _owner?.Dispose();
    }
}
