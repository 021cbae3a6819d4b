using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Seedance.Conformance.Scenarios;

/// <summary>
/// <c>metadata.seedance</c> of a stub mapping: which scenario the mapping belongs to and, on the
/// mapping that defines the scenario, everything the runner needs besides the stub itself.
/// </summary>
public sealed class ScenarioMetadata
{
    /// <summary>The serializer settings used for metadata (camelCase, nulls left out).</summary>
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary><c>&lt;provider&gt;/&lt;operation&gt;/&lt;case&gt;</c>.</summary>
    [JsonPropertyName("scenario")]
    public string Scenario { get; set; } = "";

    /// <summary>The provider id.</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; set; }

    /// <summary>The operationId, or <c>lifecycle</c>.</summary>
    [JsonPropertyName("operation")]
    public string? Operation { get; set; }

    /// <summary>The case (example key or lifecycle name).</summary>
    [JsonPropertyName("case")]
    public string? Case { get; set; }

    /// <summary><c>operation</c>, <c>lifecycle</c> or <c>quirk</c>; present only on the defining mapping.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>The documented response status this scenario covers (operation and quirk kinds).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Where the body comes from: the example's <c>x-source</c>, or <c>inferred: reason</c>.</summary>
    [JsonPropertyName("provenance")]
    public string? Provenance { get; set; }

    /// <summary><c>free</c> or <c>spend</c>: what running it live costs.</summary>
    [JsonPropertyName("cost")]
    public string? Cost { get; set; }

    /// <summary><c>run</c> or <c>replay-only</c>.</summary>
    [JsonPropertyName("live")]
    public string? Live { get; set; }

    /// <summary>Why a replay-only scenario is not run live.</summary>
    [JsonPropertyName("liveReason")]
    public string? LiveReason { get; set; }

    /// <summary>What the driver sends.</summary>
    [JsonPropertyName("request")]
    public ScenarioRequest? Request { get; set; }

    /// <summary>Lifecycle scenarios: what to do through the job client.</summary>
    [JsonPropertyName("lifecycle")]
    public LifecyclePlan? Lifecycle { get; set; }

    /// <summary>What the client must observe.</summary>
    [JsonPropertyName("expect")]
    public ScenarioExpectation? Expect { get; set; }

    /// <summary>For a step of a multi-mapping scenario: what this step is (e.g. <c>poll 2: running</c>).</summary>
    [JsonPropertyName("step")]
    public string? Step { get; set; }

    /// <summary>True on the mapping that defines the scenario (it has a kind).</summary>
    [JsonIgnore]
    public bool IsDefinition => Kind is not null;

    /// <summary>Reads <c>metadata.seedance</c>, or null when the mapping has none.</summary>
    public static ScenarioMetadata? From(JsonObject? metadata) =>
        metadata?["seedance"] is JsonObject node ? node.Deserialize<ScenarioMetadata>(JsonOptions) : null;

    /// <summary>This metadata as the value of <c>metadata.seedance</c>.</summary>
    public JsonNode ToJsonNode() => JsonSerializer.SerializeToNode(this, JsonOptions)!;
}
