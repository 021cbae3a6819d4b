using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Seedance.Conformance.Replay;

/// <summary>
/// A WireMock string value pattern, e.g. <c>{"equalTo": "x", "caseInsensitive": true}</c>, used for
/// headers, query parameters, bodies and multipart parts. Exactly one operator should be set. The model
/// reads every operator below; which ones the replay host translates to WireMock.Net is listed in
/// docs/replay-host.md (the others are refused at load time). Unknown operators are kept in
/// <see cref="ExtensionData"/>.
/// </summary>
public sealed class StringValuePattern
{
    /// <summary>Exact equality (see <see cref="CaseInsensitive"/>).</summary>
    [JsonPropertyName("equalTo")]
    public string? EqualTo { get; set; }

    /// <summary>Makes <see cref="EqualTo"/> ignore case.</summary>
    [JsonPropertyName("caseInsensitive")]
    public bool? CaseInsensitive { get; set; }

    /// <summary>Byte equality with this base64-encoded value.</summary>
    [JsonPropertyName("binaryEqualTo")]
    public string? BinaryEqualTo { get; set; }

    /// <summary>The value contains this text (ordinal).</summary>
    [JsonPropertyName("contains")]
    public string? Contains { get; set; }

    /// <summary>The value does not contain this text (ordinal).</summary>
    [JsonPropertyName("doesNotContain")]
    public string? DoesNotContain { get; set; }

    /// <summary>The whole value matches this regular expression.</summary>
    [JsonPropertyName("matches")]
    public string? Matches { get; set; }

    /// <summary>The whole value does not match this regular expression.</summary>
    [JsonPropertyName("doesNotMatch")]
    public string? DoesNotMatch { get; set; }

    /// <summary><c>true</c>: the header, parameter or JSON path result must be missing.</summary>
    [JsonPropertyName("absent")]
    public bool? Absent { get; set; }

    /// <summary>JSON equality: either a JSON string holding the document or the document itself.</summary>
    [JsonPropertyName("equalToJson")]
    public JsonNode? EqualToJson { get; set; }

    /// <summary>With <see cref="EqualToJson"/>: arrays may be in any order.</summary>
    [JsonPropertyName("ignoreArrayOrder")]
    public bool? IgnoreArrayOrder { get; set; }

    /// <summary>With <see cref="EqualToJson"/>: extra object fields and extra trailing array items are allowed.</summary>
    [JsonPropertyName("ignoreExtraElements")]
    public bool? IgnoreExtraElements { get; set; }

    /// <summary>With <see cref="EqualToJson"/>: honour JsonUnit placeholders such as <c>${json-unit.any-string}</c>.</summary>
    [JsonPropertyName("enablePlaceholders")]
    public bool? EnablePlaceholders { get; set; }

    /// <summary>
    /// A JSONPath expression (string form: matches when the expression selects something), or an
    /// object <c>{"expression": "$.x", "equalTo": "..."}</c> applying a value pattern to the result.
    /// </summary>
    [JsonPropertyName("matchesJsonPath")]
    public JsonNode? MatchesJsonPath { get; set; }

    /// <summary>All of these patterns match.</summary>
    [JsonPropertyName("and")]
    public List<StringValuePattern>? And { get; set; }

    /// <summary>At least one of these patterns matches.</summary>
    [JsonPropertyName("or")]
    public List<StringValuePattern>? Or { get; set; }

    /// <summary>The pattern does not match (WireMock 3's <c>not</c>).</summary>
    [JsonPropertyName("not")]
    public StringValuePattern? Not { get; set; }

    /// <summary>Operators not modelled (for example <c>equalToXml</c>); the replay host refuses such a pattern.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary><c>{"equalTo": value}</c>.</summary>
    public static StringValuePattern Equal(string value, bool caseInsensitive = false) =>
        new() { EqualTo = value, CaseInsensitive = caseInsensitive ? true : null };

    /// <summary><c>{"contains": value}</c>.</summary>
    public static StringValuePattern Containing(string value) => new() { Contains = value };

    /// <summary><c>{"doesNotContain": value}</c>.</summary>
    public static StringValuePattern NotContaining(string value) => new() { DoesNotContain = value };

    /// <summary><c>{"matches": regex}</c>.</summary>
    public static StringValuePattern Matching(string regex) => new() { Matches = regex };

    /// <summary><c>{"doesNotMatch": regex}</c>.</summary>
    public static StringValuePattern NotMatching(string regex) => new() { DoesNotMatch = regex };

    /// <summary><c>{"absent": true}</c>.</summary>
    public static StringValuePattern IsAbsent() => new() { Absent = true };

    /// <summary><c>{"equalToJson": json, ...}</c> with the JSON given as text.</summary>
    public static StringValuePattern EqualToJsonText(string json, bool ignoreArrayOrder = false, bool ignoreExtraElements = false) => new()
    {
        EqualToJson = JsonValue.Create(json),
        IgnoreArrayOrder = ignoreArrayOrder ? true : null,
        IgnoreExtraElements = ignoreExtraElements ? true : null,
    };

    /// <summary><c>{"matchesJsonPath": expression}</c>.</summary>
    public static StringValuePattern JsonPath(string expression) => new() { MatchesJsonPath = JsonValue.Create(expression) };

    /// <summary><c>{"matchesJsonPath": {"expression": expression, ...valuePattern}}</c>.</summary>
    public static StringValuePattern JsonPath(string expression, StringValuePattern valuePattern)
    {
        ArgumentNullException.ThrowIfNull(valuePattern);
        var node = JsonSerializer.SerializeToNode(valuePattern, ReplayJson.Options)!.AsObject();
        var obj = new JsonObject { ["expression"] = expression };
        foreach (var (key, value) in node.ToList())
        {
            node.Remove(key);
            obj[key] = value;
        }
        return new StringValuePattern { MatchesJsonPath = obj };
    }

    /// <summary>Serializes the pattern in WireMock's JSON format.</summary>
    public override string ToString() => JsonSerializer.Serialize(this, ReplayJson.Options);
}
