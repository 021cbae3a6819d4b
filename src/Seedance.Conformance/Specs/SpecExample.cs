using System.Text.Json.Nodes;

namespace Seedance.Conformance.Specs;

/// <summary>One named example of a request or response body in a spec.</summary>
/// <param name="Name">The example key (kebab-case); it becomes the scenario's case name.</param>
/// <param name="MediaType">The media type it is listed under (<c>application/json</c>, <c>multipart/form-data</c>).</param>
/// <param name="Value">The example value.</param>
/// <param name="Provenance">The example's <c>x-source</c>, or <c>inferred: reason</c> for <c>x-provenance: inferred</c>.</param>
internal sealed record SpecExample(string Name, string MediaType, JsonNode? Value, string Provenance)
{
    /// <summary>True when the docs give no body and the example was reconstructed.</summary>
    public bool IsInferred => Provenance.StartsWith("inferred", StringComparison.Ordinal);
}
