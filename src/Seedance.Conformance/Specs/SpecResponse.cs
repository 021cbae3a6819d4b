using System.Text.Json.Nodes;

namespace Seedance.Conformance.Specs;

/// <summary>One documented response status of an operation.</summary>
/// <param name="Status">The status code as written in the spec (<c>200</c>, <c>4XX</c>).</param>
/// <param name="Schema">The response schema with <c>$ref</c> left unresolved, or null.</param>
/// <param name="Examples">Its named examples, in spec order.</param>
internal sealed record SpecResponse(string Status, JsonNode? Schema, IReadOnlyList<SpecExample> Examples)
{
    /// <summary>The status as a number, or null for a range such as <c>4XX</c>.</summary>
    public int? Code => int.TryParse(Status, out var code) ? code : null;

    /// <summary>True for a 2xx status.</summary>
    public bool IsSuccess => Code is >= 200 and < 300;

    /// <summary>
    /// True when the response carries <c>x-status-provenance: inferred</c>: its bodies may be
    /// documented, but the provider never said which HTTP status they come with.
    /// </summary>
    public bool StatusInferred { get; init; }
}
