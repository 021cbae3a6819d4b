using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Seedance.Conformance.Replay;

/// <summary>A request as WireMock's admin API reports it (<c>LoggedRequest</c>).</summary>
public sealed class AdminLoggedRequest
{
    /// <summary>Path and query as sent.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>The absolute URL.</summary>
    [JsonPropertyName("absoluteUrl")]
    public string? AbsoluteUrl { get; set; }

    /// <summary>The HTTP method.</summary>
    [JsonPropertyName("method")]
    public string? Method { get; set; }

    /// <summary>Headers: each value is a string, or an array for a repeated header.</summary>
    [JsonPropertyName("headers")]
    public JsonObject? Headers { get; set; }

    /// <summary>The body as text.</summary>
    [JsonPropertyName("body")]
    public string? Body { get; set; }

    /// <summary>The body, base64-encoded.</summary>
    [JsonPropertyName("bodyAsBase64")]
    public string? BodyAsBase64 { get; set; }

    /// <summary>Epoch milliseconds when the request was logged.</summary>
    [JsonPropertyName("loggedDate")]
    public long? LoggedDate { get; set; }

    /// <summary>Other fields.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The first value of a header (case-insensitive name), or null.</summary>
    public string? GetHeader(string name)
    {
        var value = Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        return value switch
        {
            JsonArray arr => arr.FirstOrDefault()?.GetValue<string>(),
            JsonValue v => v.GetValue<string>(),
            _ => null,
        };
    }
}

/// <summary>One entry of <c>GET /__admin/requests</c> (WireMock's serve event).</summary>
public sealed class AdminServeEvent
{
    /// <summary>The serve event id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The request.</summary>
    [JsonPropertyName("request")]
    public AdminLoggedRequest? Request { get; set; }

    /// <summary>Whether a stub mapping matched.</summary>
    [JsonPropertyName("wasMatched")]
    public bool WasMatched { get; set; }

    /// <summary>The mapping that matched, if any.</summary>
    [JsonPropertyName("stubMapping")]
    public StubMapping? StubMapping { get; set; }

    /// <summary>Other fields (responseDefinition, response, timing, ...).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>One entry of <c>GET /__admin/scenarios</c>.</summary>
public sealed class AdminScenario
{
    /// <summary>The scenario id (WireMock 3 uses the name).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The scenario name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The current state.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>The states the scenario's mappings mention.</summary>
    [JsonPropertyName("possibleStates")]
    public List<string>? PossibleStates { get; set; }

    /// <summary>Other fields (WireMock lists the scenario's mappings too).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
