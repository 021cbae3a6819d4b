using System.Text.Json.Nodes;
using Seedance.Conformance.Specs;

namespace Seedance.Conformance.Generator;

/// <summary>Reads an error example's code, message and request id through its schema's <c>x-error-fields</c>.</summary>
internal static class ErrorFields
{
    /// <summary>The provider code, message and request id of <paramref name="example"/> (null when absent or empty).</summary>
    public static (string? Code, string? Message, string? RequestId) Read(SpecDocument spec, JsonNode? schema, JsonNode? example)
    {
        var fields = FieldsFor(spec, spec.Resolve(schema), example);
        if (fields is null) return (null, null, null);
        return (JsonPaths.String(example, (string?)fields["code"]),
                JsonPaths.String(example, (string?)fields["message"]),
                JsonPaths.String(example, (string?)fields["requestId"]));
    }

    // A oneOf is resolved the way the generated wrapper resolves it: the alternative with the most of
    // its required properties present wins, ties go to the first listed (docs/generator.md).
    private static JsonObject? FieldsFor(SpecDocument spec, JsonNode? schema, JsonNode? example)
    {
        if (schema is not JsonObject obj) return null;
        if (obj["x-error-fields"] is JsonObject fields) return fields;
        if (obj["oneOf"] is not JsonArray alternatives) return null;
        JsonObject? best = null;
        var bestScore = -1;
        foreach (var alternative in alternatives)
        {
            if (spec.Resolve(alternative) is not JsonObject alt) continue;
            var required = (alt["required"] as JsonArray ?? []).Select(r => (string)r!).ToList();
            var score = required.Count(name => example is JsonObject e && e.ContainsKey(name));
            if (score == required.Count && score > bestScore)
            {
                best = alt;
                bestScore = score;
            }
        }
        return best is null ? null : FieldsFor(spec, best, example);
    }
}
