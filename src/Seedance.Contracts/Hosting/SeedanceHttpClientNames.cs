namespace Seedance.Contracts;

/// <summary>
/// The IHttpClientFactory names of the clients <c>AddSeedance</c> registers, so an app can add its own
/// handlers (<c>services.AddHttpClient(SeedanceHttpClientNames.Api("seedance2-ink")).AddHttpMessageHandler(...)</c>)
/// or configure the primary handler (a proxy). Handlers added there run below the SDK's retry layer and
/// above its single-send guard: they cannot make the SDK send a paid create twice.
/// </summary>
public static class SeedanceHttpClientNames
{
    private const string Prefix = "Seedance.";

    /// <summary>The client of a provider's API calls: <c>Seedance.&lt;provider id&gt;</c>.</summary>
    public static string Api(string provider) => Prefix + provider;

    /// <summary>The client of a provider's video downloads (no key, CDN hosts): <c>Seedance.&lt;provider id&gt;.download</c>.</summary>
    public static string Download(string provider) => Prefix + provider + ".download";

    /// <summary>True for the names of <see cref="Api"/> clients; the provider id comes out.</summary>
    internal static bool TryParseApi(string? name, out string provider)
    {
        provider = string.Empty;
        if (name is null || !name.StartsWith(Prefix, StringComparison.Ordinal) || name.EndsWith(".download", StringComparison.Ordinal)) return false;
        provider = name[Prefix.Length..];
        return true;
    }

    /// <summary>True for the names of <see cref="Download"/> clients.</summary>
    internal static bool IsDownload(string? name) =>
        name is not null && name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".download", StringComparison.Ordinal);
}
