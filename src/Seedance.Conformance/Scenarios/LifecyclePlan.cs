using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Seedance.Conformance.Scenarios;

/// <summary><c>metadata.seedance.lifecycle</c>: what a lifecycle scenario does through the provider's job client.</summary>
public sealed class LifecyclePlan
{
    /// <summary>Submit then wait for the end (the default).</summary>
    public const string Wait = "wait";

    /// <summary>Submit then cancel.</summary>
    public const string Cancel = "cancel";

    /// <summary>Read the status of <see cref="ConformanceKeys.UnknownTaskId"/>.</summary>
    public const string UnknownTask = "unknown-task";

    /// <summary><see cref="Wait"/>, <see cref="Cancel"/> or <see cref="UnknownTask"/>.</summary>
    [JsonPropertyName("action")]
    public string Action { get; set; } = Wait;

    /// <summary>The job to submit: <c>VideoRequest</c> fields in camelCase (<c>prompt</c>, <c>model</c>, <c>duration</c>, ...).</summary>
    [JsonPropertyName("job")]
    public JsonObject? Job { get; set; }

    /// <summary>AceData only: create in blocking mode (no <c>async</c>, no callback).</summary>
    [JsonPropertyName("blocking")]
    public bool? Blocking { get; set; }
}
