using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Seedance.Conformance.Scenarios;

/// <summary><c>metadata.seedance.expect</c>: what the client side must observe.</summary>
public sealed class ScenarioExpectation
{
    /// <summary>The HTTP status of the (last) response.</summary>
    [JsonPropertyName("status")]
    public int Status { get; set; }

    /// <summary>Success: typed key values by wire path (<c>data.status</c>), taken from the example.</summary>
    [JsonPropertyName("values")]
    public SortedDictionary<string, JsonNode?>? Values { get; set; }

    /// <summary>Error: the SeedanceException subclass name, e.g. <c>SeedanceAuthenticationException</c>.</summary>
    [JsonPropertyName("exception")]
    public string? Exception { get; set; }

    /// <summary>Error: the provider code (empty codes count as missing, so null).</summary>
    [JsonPropertyName("providerCode")]
    public string? ProviderCode { get; set; }

    /// <summary>Error: the provider message.</summary>
    [JsonPropertyName("providerMessage")]
    public string? ProviderMessage { get; set; }

    /// <summary>Error: the request id from the body's <c>x-error-fields.requestId</c>; null means not asserted.</summary>
    [JsonPropertyName("requestId")]
    public string? RequestId { get; set; }

    /// <summary>Lifecycle: the final normalized job state (<c>Succeeded</c>, <c>Failed</c>, <c>Cancelled</c>).</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>Lifecycle: the provider's raw status words, in the order the job reported them (replay only).</summary>
    [JsonPropertyName("states")]
    public List<string>? States { get; set; }

    /// <summary>Lifecycle: the video URL of a succeeded job.</summary>
    [JsonPropertyName("videoUrl")]
    public string? VideoUrl { get; set; }

    /// <summary>How many requests the target must have received (replay only); null means one per mapping step.</summary>
    [JsonPropertyName("requests")]
    public int? Requests { get; set; }

    /// <summary>True when an error is expected.</summary>
    [JsonIgnore]
    public bool IsError => Exception is not null;
}
