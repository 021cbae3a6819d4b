using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Seedance.Conformance.Replay;

/// <summary>
/// The <c>response</c> part of a stub mapping. One body source at most: <see cref="Body"/>,
/// <see cref="JsonBody"/>, <see cref="Base64Body"/> or <see cref="BodyFileName"/>.
/// </summary>
public sealed class ResponseDefinition
{
    /// <summary>HTTP status code (default 200).</summary>
    [JsonPropertyName("status")]
    public int? Status { get; set; }

    /// <summary>Reason phrase sent on the status line instead of the standard one.</summary>
    [JsonPropertyName("statusMessage")]
    public string? StatusMessage { get; set; }

    /// <summary>Response headers; a value is a string or an array of strings (repeated header).</summary>
    [JsonPropertyName("headers")]
    public Dictionary<string, JsonNode?>? Headers { get; set; }

    /// <summary>Body text (sent as UTF-8).</summary>
    [JsonPropertyName("body")]
    public string? Body { get; set; }

    /// <summary>A JSON body, written compactly; <c>Content-Type: application/json</c> is added if no content type is set.</summary>
    [JsonPropertyName("jsonBody")]
    public JsonNode? JsonBody { get; set; }

    /// <summary>A binary body, base64-encoded.</summary>
    [JsonPropertyName("base64Body")]
    public string? Base64Body { get; set; }

    /// <summary>A file under the root's <c>__files</c> directory whose bytes are the body (streamed).</summary>
    [JsonPropertyName("bodyFileName")]
    public string? BodyFileName { get; set; }

    /// <summary>Delay before the response is sent, in milliseconds.</summary>
    [JsonPropertyName("fixedDelayMilliseconds")]
    public int? FixedDelayMilliseconds { get; set; }

    /// <summary>
    /// A WireMock fault instead of a response: <c>CONNECTION_RESET_BY_PEER</c>, <c>EMPTY_RESPONSE</c>,
    /// <c>MALFORMED_RESPONSE_CHUNK</c> or <c>RANDOM_DATA_THEN_CLOSE</c> (see <see cref="FaultNames"/>).
    /// </summary>
    [JsonPropertyName("fault")]
    public string? Fault { get; set; }

    /// <summary>
    /// Unmodelled fields (for example <c>transformers</c>, <c>delayDistribution</c>, <c>proxyBaseUrl</c>);
    /// they round-trip, but the replay host refuses a mapping that uses them.
    /// </summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Adds (or replaces) a single-valued header and returns this definition.</summary>
    public ResponseDefinition WithHeader(string name, string value)
    {
        (Headers ??= new(StringComparer.OrdinalIgnoreCase))[name] = JsonValue.Create(value);
        return this;
    }
}
