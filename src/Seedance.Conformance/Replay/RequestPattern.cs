using System.Text.Json;
using System.Text.Json.Serialization;

namespace Seedance.Conformance.Replay;

/// <summary>
/// The <c>request</c> part of a stub mapping: method, one URL matcher, query parameters, headers,
/// body patterns and multipart patterns. Every criterion that is present must match.
/// </summary>
public sealed class RequestPattern
{
    /// <summary>HTTP method to match, or <c>ANY</c> (the default when missing).</summary>
    [JsonPropertyName("method")]
    public string? Method { get; set; }

    /// <summary>Equality on path and query, as sent (not decoded).</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>Regex (whole string) on path and query.</summary>
    [JsonPropertyName("urlPattern")]
    public string? UrlPattern { get; set; }

    /// <summary>Equality on the path only.</summary>
    [JsonPropertyName("urlPath")]
    public string? UrlPath { get; set; }

    /// <summary>Regex (whole string) on the path only.</summary>
    [JsonPropertyName("urlPathPattern")]
    public string? UrlPathPattern { get; set; }

    /// <summary>A WireMock 3 path template such as <c>/v1/videos/{id}</c>; each <c>{var}</c> matches one segment.</summary>
    [JsonPropertyName("urlPathTemplate")]
    public string? UrlPathTemplate { get; set; }

    /// <summary>Patterns on the variables of <see cref="UrlPathTemplate"/>, by variable name.</summary>
    [JsonPropertyName("pathParameters")]
    public Dictionary<string, StringValuePattern>? PathParameters { get; set; }

    /// <summary>Query parameter patterns by parameter name (values are URL-decoded before matching).</summary>
    [JsonPropertyName("queryParameters")]
    public Dictionary<string, StringValuePattern>? QueryParameters { get; set; }

    /// <summary>Header patterns by header name (names are case-insensitive).</summary>
    [JsonPropertyName("headers")]
    public Dictionary<string, StringValuePattern>? Headers { get; set; }

    /// <summary>Body patterns; every one must match the body (decoded as UTF-8).</summary>
    [JsonPropertyName("bodyPatterns")]
    public List<StringValuePattern>? BodyPatterns { get; set; }

    /// <summary>Multipart patterns; every one must be satisfied by the <c>multipart/form-data</c> parts.</summary>
    [JsonPropertyName("multipartPatterns")]
    public List<MultipartPattern>? MultipartPatterns { get; set; }

    /// <summary>
    /// Fields not modelled (for example <c>cookies</c>, <c>basicAuthCredentials</c>,
    /// <c>formParameters</c>). They round-trip, but the replay host refuses a mapping that uses them, so a
    /// mapping is never silently broader than it is in WireMock.
    /// </summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>A pattern for <paramref name="method"/> requests to exactly <paramref name="urlPath"/>.</summary>
    public static RequestPattern For(string method, string urlPath) => new() { Method = method, UrlPath = urlPath };

    /// <summary>A pattern for <paramref name="method"/> requests whose path matches the regex <paramref name="urlPathPattern"/>.</summary>
    public static RequestPattern ForPathPattern(string method, string urlPathPattern) =>
        new() { Method = method, UrlPathPattern = urlPathPattern };

    /// <summary>Adds (or replaces) a header pattern and returns this pattern.</summary>
    public RequestPattern WithHeader(string name, StringValuePattern pattern)
    {
        (Headers ??= new(StringComparer.OrdinalIgnoreCase))[name] = pattern;
        return this;
    }

    /// <summary>Adds (or replaces) a query parameter pattern and returns this pattern.</summary>
    public RequestPattern WithQueryParameter(string name, StringValuePattern pattern)
    {
        (QueryParameters ??= new(StringComparer.Ordinal))[name] = pattern;
        return this;
    }

    /// <summary>Adds a body pattern and returns this pattern.</summary>
    public RequestPattern WithBody(StringValuePattern pattern)
    {
        (BodyPatterns ??= []).Add(pattern);
        return this;
    }

    /// <summary>Adds a multipart pattern and returns this pattern.</summary>
    public RequestPattern WithMultipart(MultipartPattern pattern)
    {
        (MultipartPatterns ??= []).Add(pattern);
        return this;
    }

    /// <summary>Serializes the pattern in WireMock's JSON format.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, ReplayJson.Options);
}
