using System.Net;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Seedance.Contracts.Errors;

namespace Seedance.Contracts.Http;

/// <summary>
/// Adds <c>Authorization: Bearer &lt;key&gt;</c> to requests bound for the client's base URL host.
/// A request to any other host (a <c>WithUrl</c> call on a signed download URL, a Location header)
/// goes out without the key, and the key is never sent over plain http except to a loopback address.
/// Nothing here logs.
/// </summary>
internal sealed class BearerKeyAuthenticationProvider : IAuthenticationProvider
{
    private const string AuthorizationHeader = "Authorization";
    private readonly SeedanceApiKey _key;

    /// <summary>Creates the provider for a key.</summary>
    public BearerKeyAuthenticationProvider(SeedanceApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key;
    }

    /// <inheritdoc />
    public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = request.URI;
        if (!IsSameHostAsBaseUrl(request, target)) return Task.CompletedTask;
        if (target.Scheme != Uri.UriSchemeHttps && !IsLoopback(target))
            throw new SeedanceException($"Refusing to send the API key over {target.Scheme} to {target.Host}; use https.");
        request.Headers.Remove(AuthorizationHeader);
        request.Headers.Add(AuthorizationHeader, "Bearer " + _key.Value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override string ToString() => nameof(BearerKeyAuthenticationProvider) + "(REDACTED)";

    private static bool IsSameHostAsBaseUrl(RequestInformation request, Uri target)
    {
        // The adapter puts its BaseUrl into the "baseurl" path parameter before calling us.
        if (!request.PathParameters.TryGetValue("baseurl", out var baseUrl) || baseUrl is not string text
            || !Uri.TryCreate(text, UriKind.Absolute, out var baseUri))
            return true;
        return string.Equals(baseUri.Host, target.Host, StringComparison.OrdinalIgnoreCase) && baseUri.Port == target.Port;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
