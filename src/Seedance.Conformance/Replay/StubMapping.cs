using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Seedance.Conformance.Replay;

/// <summary>
/// One WireMock stub mapping (the JSON format of WireMock's <c>mappings/*.json</c> files and of
/// <c>POST /__admin/mappings</c>), as parsed for <see cref="MappingTranslator"/>. Fields not modelled
/// are kept in <see cref="ExtensionData"/> so a mapping round-trips unchanged.
/// </summary>
public sealed class StubMapping
{
    /// <summary>WireMock's default priority: mappings without one behave as priority 5.</summary>
    public const int DefaultPriority = 5;

    /// <summary>The mapping id (a UUID in WireMock). Assigned when the mapping is added if missing.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Legacy alias of <see cref="Id"/> that WireMock still writes; kept equal to it.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    /// <summary>A human-readable name, sent as <c>Matched-Stub-Name</c> and kept in the journal.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Priority; a lower number wins. Missing means <see cref="DefaultPriority"/>.</summary>
    [JsonPropertyName("priority")]
    public int? Priority { get; set; }

    /// <summary>Whether WireMock should save the mapping to its file store (kept, not used here).</summary>
    [JsonPropertyName("persistent")]
    public bool? Persistent { get; set; }

    /// <summary>The scenario this mapping belongs to, if any.</summary>
    [JsonPropertyName("scenarioName")]
    public string? ScenarioName { get; set; }

    /// <summary>The scenario state required for this mapping to match (scenarios start in <c>Started</c>).</summary>
    [JsonPropertyName("requiredScenarioState")]
    public string? RequiredScenarioState { get; set; }

    /// <summary>The state the scenario moves to when this mapping serves a request.</summary>
    [JsonPropertyName("newScenarioState")]
    public string? NewScenarioState { get; set; }

    /// <summary>What requests the mapping matches.</summary>
    [JsonPropertyName("request")]
    public RequestPattern Request { get; set; } = new();

    /// <summary>What the mapping answers. Null for embedded code mappings (see <see cref="ReplayHost.Given"/>).</summary>
    [JsonPropertyName("response")]
    public ResponseDefinition? Response { get; set; }

    /// <summary>Free-form metadata (WireMock ignores it); the conformance runner keeps its expectations here.</summary>
    [JsonPropertyName("metadata")]
    public JsonObject? Metadata { get; set; }

    /// <summary>Any other fields of the JSON object (for example <c>postServeActions</c>), kept for round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The effective priority (<see cref="Priority"/> or <see cref="DefaultPriority"/>).</summary>
    [JsonIgnore]
    public int EffectivePriority => Priority ?? DefaultPriority;

    /// <summary>A short label for messages: the name if there is one, else the id.</summary>
    [JsonIgnore]
    public string DisplayName => Name is { Length: > 0 } ? $"\"{Name}\" ({Id})" : Id ?? "(no id)";

    /// <summary>Parses one mapping from its JSON text.</summary>
    /// <exception cref="ReplayMappingException">The text is not a valid stub mapping.</exception>
    public static StubMapping FromJson(string json) => MappingLoader.ParseSingle(json, source: null);

    /// <summary>Serializes the mapping in WireMock's JSON format.</summary>
    public string ToJson(bool indented = false) =>
        JsonSerializer.Serialize(this, indented ? ReplayJson.IndentedOptions : ReplayJson.Options);

    /// <summary>A deep copy made through JSON (extension data and metadata included).</summary>
    public StubMapping Clone() => JsonSerializer.Deserialize<StubMapping>(ToJson(), ReplayJson.Options)!;
}
