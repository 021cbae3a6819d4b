using System.Net;

namespace Seedance.Contracts.Errors;

/// <summary>What is known about a failed call. Headers are already redacted (no Authorization, no cookies).</summary>
/// <param name="Provider">The provider id, e.g. <c>cometapi-videos</c>.</param>
/// <param name="StatusCode">The HTTP status, or null when no response arrived.</param>
/// <param name="ProviderCode">The provider's error code.</param>
/// <param name="ProviderMessage">The provider's error message.</param>
/// <param name="RequestId">The request id, from a header, the body or the message.</param>
/// <param name="RawBody">The raw body, capped at <see cref="SeedanceException.MaxRawBodyBytes"/>.</param>
/// <param name="Headers">Response headers, redacted.</param>
public sealed record SeedanceErrorContext(
    string? Provider = null,
    HttpStatusCode? StatusCode = null,
    string? ProviderCode = null,
    string? ProviderMessage = null,
    string? RequestId = null,
    string? RawBody = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Headers = null)
{
    /// <summary>A context with nothing in it.</summary>
    public static SeedanceErrorContext Empty { get; } = new();
}
