using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Seedance.Benchmarks.RoundTrip;

/// <summary>
/// <c>Authorization: Bearer &lt;key&gt;</c> on every request, for the two bare Kiota rows. Kiota's own
/// <see cref="ApiKeyAuthenticationProvider"/> refuses plain http, and the loopback server is http; this is
/// the one-liner a user of a bare Kiota client writes for a static key.
/// </summary>
internal sealed class StaticBearerAuthenticationProvider(string apiKey) : IAuthenticationProvider
{
    private readonly string _value = "Bearer " + apiKey;

    public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        request.Headers.Add("Authorization", _value);
        return Task.CompletedTask;
    }
}
