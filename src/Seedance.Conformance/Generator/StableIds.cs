using System.Security.Cryptography;
using System.Text;

namespace Seedance.Conformance.Generator;

/// <summary>Deterministic mapping ids, so regenerating writes identical files and WireMock imports replace rather than add.</summary>
internal static class StableIds
{
    /// <summary>A UUID (version 5 layout) derived from <paramref name="name"/>; real WireMock requires ids to be UUIDs.</summary>
    public static string For(string name)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes("seedance-conformance:" + name));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }
}
