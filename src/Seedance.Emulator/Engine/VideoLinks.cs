using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Seedance.Emulator.Engine;

/// <summary>
/// Signed, expiring video URLs like the providers' CDNs hand out: <c>/_emulator/videos/{provider}/{job}.mp4?expires=UNIX&amp;signature=HMAC</c>.
/// The signature covers the path and the expiry, so a URL cannot be extended by editing it.
/// </summary>
internal sealed class VideoLinks
{
    public const string PathPrefix = "/_emulator/videos/";

    private readonly TimeProvider _clock;
    private readonly TimeSpan _lifetime;
    private readonly byte[] _secret;

    public VideoLinks(TimeProvider clock, TimeSpan lifetime, byte[] secret)
    {
        _clock = clock;
        _lifetime = lifetime;
        _secret = secret;
    }

    /// <summary>A URL for the job's video, valid from now for the configured lifetime.</summary>
    public Uri Create(Uri baseUrl, string provider, string jobId, string file = "video.mp4")
    {
        var path = $"{PathPrefix}{Uri.EscapeDataString(provider)}/{Uri.EscapeDataString(jobId)}/{file}";
        var expires = _clock.GetUtcNow().Add(_lifetime).ToUnixTimeSeconds();
        return new Uri(baseUrl, $"{path}?expires={expires.ToString(CultureInfo.InvariantCulture)}&signature={Sign(path, expires)}");
    }

    /// <summary>Checks a request's signature and expiry.</summary>
    public LinkCheck Check(HttpRequest request)
    {
        var path = request.Path.Value ?? "";
        if (!long.TryParse(request.Query["expires"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var expires)) return LinkCheck.Invalid;
        var signature = request.Query["signature"].ToString();
        var expected = Sign(path, expires);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(expected))) return LinkCheck.Invalid;
        return _clock.GetUtcNow().ToUnixTimeSeconds() >= expires ? LinkCheck.Expired : LinkCheck.Valid;
    }

    private string Sign(string path, long expires)
    {
        var mac = HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(path + "\n" + expires.ToString(CultureInfo.InvariantCulture)));
        return Convert.ToHexString(mac).ToLowerInvariant();
    }
}

internal enum LinkCheck
{
    Valid,
    Invalid,
    Expired,
}
