using System.Text;

namespace Seedance.Contracts.Errors;

/// <summary>Caps a body at <see cref="SeedanceException.MaxRawBodyBytes"/> without splitting a UTF-8 character.</summary>
internal static class RawBodyText
{
    /// <summary>Decodes at most <paramref name="maxBytes"/> bytes, backing off to the start of a character cut by the cap.</summary>
    public static string? Cap(ReadOnlySpan<byte> body, int maxBytes = SeedanceException.MaxRawBodyBytes)
    {
        if (body.IsEmpty) return null;
        var length = CapLength(body, maxBytes);
        return Encoding.UTF8.GetString(body[..length]);
    }

    /// <summary>Caps text (already decoded) the same way, measuring its UTF-8 size.</summary>
    public static string? Cap(string? text, int maxBytes = SeedanceException.MaxRawBodyBytes)
    {
        if (string.IsNullOrEmpty(text)) return text;
        if (Encoding.UTF8.GetMaxByteCount(text.Length) <= maxBytes) return text;
        return Cap(Encoding.UTF8.GetBytes(text), maxBytes);
    }

    /// <summary>The largest length not above the cap that ends on a character boundary.</summary>
    public static int CapLength(ReadOnlySpan<byte> body, int maxBytes)
    {
        if (body.Length <= maxBytes) return body.Length;
        var length = maxBytes;
        // body[length] is the first byte left out; if it is a continuation byte (10xxxxxx) the character
        // it belongs to started before the cut, so drop that character's leading bytes too.
        while (length > 0 && (body[length] & 0xC0) == 0x80) length--;
        return length;
    }
}
