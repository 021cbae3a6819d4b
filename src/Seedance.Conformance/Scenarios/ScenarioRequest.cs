using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Seedance.Conformance.Scenarios;

/// <summary><c>metadata.seedance.request</c>: what the driver sends.</summary>
public sealed class ScenarioRequest
{
    /// <summary>Which key to send: <c>valid</c> (the configured key) or <c>invalid</c> (<see cref="ConformanceKeys.InvalidKey"/>).</summary>
    [JsonPropertyName("key")]
    public string Key { get; set; } = ScenarioKinds.ValidKey;

    /// <summary>Path parameter values by name.</summary>
    [JsonPropertyName("path")]
    public SortedDictionary<string, string>? Path { get; set; }

    /// <summary>The JSON body (parsed into the generated request model by the driver).</summary>
    [JsonPropertyName("body")]
    public JsonNode? Body { get; set; }

    /// <summary>The multipart form fields (text parts), for multipart operations.</summary>
    [JsonPropertyName("form")]
    public SortedDictionary<string, string>? Form { get; set; }

    /// <summary>The path parameter <paramref name="name"/>, or <paramref name="fallback"/>.</summary>
    public string PathValue(string name, string fallback) =>
        Path is not null && Path.TryGetValue(name, out var value) ? value : fallback;
}
