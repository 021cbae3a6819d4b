using System.Text;

namespace Seedance.Conformance.Replay;

/// <summary>One part of a <c>multipart/form-data</c> request body as the replay host received it.</summary>
public sealed class MultipartPart
{
    internal MultipartPart(IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string? name, string? fileName, string? contentType, byte[] body, long size)
    {
        Headers = headers;
        Name = name;
        FileName = fileName;
        ContentType = contentType;
        Body = body;
        Size = size;
    }

    /// <summary>The part's headers (names case-insensitive).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The <c>name</c> from <c>Content-Disposition</c>.</summary>
    public string? Name { get; }

    /// <summary>The <c>filename</c> (or <c>filename*</c>) from <c>Content-Disposition</c>, if any.</summary>
    public string? FileName { get; }

    /// <summary>The part's <c>Content-Type</c>, if any.</summary>
    public string? ContentType { get; }

    /// <summary>The part's bytes (possibly capped in the journal, see <see cref="IsTruncated"/>).</summary>
    public byte[] Body { get; }

    /// <summary>The part's full size in bytes.</summary>
    public long Size { get; }

    /// <summary>True when <see cref="Body"/> holds fewer bytes than <see cref="Size"/>.</summary>
    public bool IsTruncated => Body.LongLength < Size;

    /// <summary>The part's bytes decoded as UTF-8.</summary>
    public string Value => Encoding.UTF8.GetString(Body);

    /// <summary>The first value of a part header, or null.</summary>
    public string? GetHeader(string name) => Headers.TryGetValue(name, out var v) && v.Count > 0 ? v[0] : null;

    internal MultipartPart Capped(int cap) =>
        Body.Length <= cap ? this : new MultipartPart(Headers, Name, FileName, ContentType, Body.AsSpan(0, cap).ToArray(), Size);
}
