using System.Text.Json.Nodes;

namespace Seedance.Contracts.Tests.Catalog;

/// <summary>
/// What the catalog checks read from a spec (through the shared reader, <see cref="SpecDocument"/>): the
/// create operation's properties, and the values a schema names through <c>$ref</c>, oneOf, anyOf and allOf.
/// </summary>
internal static class SpecSchemas
{
    /// <summary>The request-body schema (resolved) of the one POST operation that takes a <c>model</c>.</summary>
    public static JsonObject CreateRequestSchema(this SpecDocument spec)
    {
        var found = spec.Operations
            .Where(o => o.Method == "POST" && o.Node["requestBody"] is not null)
            .Select(o => spec.Resolve(o.Node["requestBody"]!)["content"]!.AsObject()
                .Select(media => media.Value?["schema"] is { } schema ? spec.Resolve(schema) : null)
                .FirstOrDefault(schema => schema?["properties"]?["model"] is not null))
            .OfType<JsonObject>()
            .ToList();
        Assert.True(found.Count == 1, $"{spec.Id}: expected one POST with a 'model' in its body, found {found.Count}");
        return found[0];
    }

    /// <summary>A property of the create request, resolved; null when absent.</summary>
    public static JsonObject? CreateProperty(this SpecDocument spec, string name) =>
        spec.CreateRequestSchema()["properties"]?[name] is { } property ? spec.Resolve(property) : null;

    /// <summary>Every enum value reachable from a schema.</summary>
    public static IReadOnlyList<string> EnumValues(this SpecDocument spec, JsonObject schema) => Collect(spec, schema, "enum");

    /// <summary>The <c>example</c>/<c>examples</c> values of a schema.</summary>
    public static IReadOnlyList<string> ExampleValues(this SpecDocument spec, JsonObject schema) =>
        [.. Collect(spec, schema, "examples"), .. Collect(spec, schema, "example")];

    /// <summary>The <c>x-known-values</c> of a schema: the values a free string is known to take (docs/spec-conventions.md).</summary>
    public static IReadOnlyList<string> KnownValues(this SpecDocument spec, JsonObject schema) => Collect(spec, schema, "x-known-values");

    private static List<string> Collect(SpecDocument spec, JsonObject schema, string key)
    {
        var values = new List<string>();
        switch (schema[key])
        {
            case JsonArray array:
                values.AddRange(array.OfType<JsonValue>().Select(v => v.ToString()));
                break;
            case JsonValue value:
                values.Add(value.ToString());
                break;
        }
        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema[combinator] is JsonArray parts)
                values.AddRange(parts.OfType<JsonNode>().SelectMany(part => Collect(spec, spec.Resolve(part), key)));
        }
        return values;
    }
}
