using System.Text.Json;
using System.Text.Json.Serialization;

namespace Seedance.Conformance.Replay;

/// <summary>
/// One entry of <c>multipartPatterns</c>: header patterns (typically on <c>Content-Disposition</c>
/// and <c>Content-Type</c>) and body patterns applied to the parts of a <c>multipart/form-data</c>
/// request. With <see cref="MatchingType"/> <c>ANY</c> (the default) at least one part must satisfy
/// all of them; <c>ALL</c> (every part must) is not translated to WireMock.Net.
/// </summary>
public sealed class MultipartPattern
{
    /// <summary><c>ANY</c> (default) or <c>ALL</c>.</summary>
    [JsonPropertyName("matchingType")]
    public string? MatchingType { get; set; }

    /// <summary>Patterns on the part's headers, by header name (case-insensitive).</summary>
    [JsonPropertyName("headers")]
    public Dictionary<string, StringValuePattern>? Headers { get; set; }

    /// <summary>Patterns on the part's body (decoded as UTF-8; <c>binaryEqualTo</c> compares bytes).</summary>
    [JsonPropertyName("bodyPatterns")]
    public List<StringValuePattern>? BodyPatterns { get; set; }

    /// <summary>Unmodelled fields, kept for round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>A pattern for the part named <paramref name="name"/> (matched on <c>Content-Disposition</c>).</summary>
    public static MultipartPattern ForPart(string name) => new()
    {
        Headers = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Content-Disposition"] = StringValuePattern.Containing($"name=\"{name}\""),
        },
    };

    /// <summary>Adds a body pattern and returns this pattern.</summary>
    public MultipartPattern WithBody(StringValuePattern pattern)
    {
        (BodyPatterns ??= []).Add(pattern);
        return this;
    }

    /// <summary>Adds (or replaces) a header pattern and returns this pattern.</summary>
    public MultipartPattern WithHeader(string name, StringValuePattern pattern)
    {
        (Headers ??= new(StringComparer.OrdinalIgnoreCase))[name] = pattern;
        return this;
    }
}
