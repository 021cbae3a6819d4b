using System.Text.Json;
using System.Text.Json.Nodes;

namespace Seedance.Conformance.Schemas;

/// <summary>
/// Walks a body that passed its schema together with the schema and finds what the schema does not
/// describe: fields no applicable schema declares, and values outside an extensible enum's known
/// values. The schemas that apply at a place are the one there, its <c>$ref</c> target, its
/// <c>allOf</c> members and the <c>oneOf</c>/<c>anyOf</c> member the body validates against (the
/// first, as the generated wrapper picks one).
/// </summary>
internal static class DriftWalker
{
    /// <summary>Schema keyword listing fields the spec knowingly leaves undeclared (docs/spec-conventions.md).</summary>
    public const string UndeclaredKeyword = "x-undeclared-properties";

    private const int MaxDepth = 64;

    /// <summary>Reports each drift of <paramref name="body"/> against the schema at <paramref name="schemaPointer"/>.</summary>
    /// <param name="schemas">The spec's schema document.</param>
    /// <param name="schemaPointer">Pointer of the response schema in <see cref="SpecSchemas.Document"/>.</param>
    /// <param name="body">The body.</param>
    /// <param name="report">Called with kind, body pointer and detail.</param>
    public static void Walk(SpecSchemas schemas, string schemaPointer, JsonElement body, Action<string, string, string> report)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        ArgumentNullException.ThrowIfNull(report);
        var seen = new HashSet<(string, string)>();
        Visit(schemas, [schemaPointer], body, "", 0, (kind, pointer, detail) =>
        {
            if (seen.Add((kind, pointer))) report(kind, pointer, detail);
        });
    }

    private static void Visit(SpecSchemas schemas, IEnumerable<string> pointers, JsonElement body, string bodyPointer, int depth, Action<string, string, string> report)
    {
        if (depth > MaxDepth) return;
        var applicable = new List<(string Pointer, JsonObject Node)>();
        foreach (var pointer in pointers) Gather(schemas, pointer, body, applicable, 0);
        if (applicable.Count == 0) return;

        if (body.ValueKind == JsonValueKind.String)
        {
            var known = applicable.SelectMany(a => KnownValues(a.Node).Select(k => (Where: a.Pointer + "/" + k.Keyword, k.Values))).ToList();
            var value = body.GetString()!;
            if (known.Count > 0 && !known.Any(k => k.Values.Contains(value)))
            {
                report(DriftKinds.EnumValue, bodyPointer,
                    $"\"{value}\" is not a known value ({string.Join(", ", known[0].Values)}) ({schemas.SpecLocation(known[0].Where)})");
            }
        }
        else if (body.ValueKind == JsonValueKind.Object)
        {
            var declaring = applicable.Where(a => a.Node["properties"] is JsonObject).ToList();
            // An object schema that lets anything in (additionalProperties true or a schema) has no "undeclared" field.
            var open = declaring.Count == 0 || applicable.Any(a => LetsAnythingIn(a.Node));
            // Fields a spec knowingly leaves undeclared (with its reason) are not news.
            var accepted = applicable.SelectMany(a => a.Node[UndeclaredKeyword] as JsonArray ?? []).Select(v => v?.ToString()).ToHashSet(StringComparer.Ordinal);
            foreach (var property in body.EnumerateObject())
            {
                var child = bodyPointer + "/" + Escape(property.Name);
                var declared = declaring.Where(a => ((JsonObject)a.Node["properties"]!).ContainsKey(property.Name))
                    .Select(a => a.Pointer + "/properties/" + Escape(property.Name)).ToList();
                if (declared.Count > 0)
                {
                    Visit(schemas, declared, property.Value, child, depth + 1, report);
                }
                else if (!open && !accepted.Contains(property.Name))
                {
                    report(DriftKinds.Field, child, $"field \"{property.Name}\" is not in the spec ({schemas.SpecLocation(declaring[0].Pointer + "/properties")})");
                }
            }
        }
        else if (body.ValueKind == JsonValueKind.Array)
        {
            var items = applicable.Where(a => a.Node["items"] is JsonObject).Select(a => a.Pointer + "/items").ToList();
            if (items.Count == 0) return;
            var index = 0;
            foreach (var element in body.EnumerateArray())
            {
                Visit(schemas, items, element, bodyPointer + "/" + index++, depth + 1, report);
            }
        }
    }

    private static void Gather(SpecSchemas schemas, string pointer, JsonElement body, List<(string, JsonObject)> applicable, int depth)
    {
        if (depth > MaxDepth || schemas.At(pointer) is not JsonObject node) return;
        applicable.Add((pointer, node));
        if (node["$ref"] is JsonValue reference && ((string?)reference)?.StartsWith("#/", StringComparison.Ordinal) == true)
        {
            Gather(schemas, ((string)reference!)[1..], body, applicable, depth + 1);
        }
        if (node["allOf"] is JsonArray all)
        {
            for (var i = 0; i < all.Count; i++) Gather(schemas, $"{pointer}/allOf/{i}", body, applicable, depth + 1);
        }
        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (node[keyword] is not JsonArray members) continue;
            for (var i = 0; i < members.Count; i++)
            {
                var member = $"{pointer}/{keyword}/{i}";
                if (!schemas.IsValid(member, body)) continue;
                Gather(schemas, member, body, applicable, depth + 1);
                break;
            }
        }
    }

    private static IEnumerable<(string Keyword, List<string> Values)> KnownValues(JsonObject node)
    {
        foreach (var keyword in new[] { SpecSchemas.KnownValuesKeyword, "x-known-values" })
        {
            if (node[keyword] is JsonArray values) yield return (keyword, values.Select(v => v?.ToString() ?? "").ToList());
        }
    }

    // Absent additionalProperties means "only the declared ones" for drift purposes (a new field is
    // news); true, a schema or patternProperties mean the spec expects free-form keys.
    private static bool LetsAnythingIn(JsonObject node) =>
        node["patternProperties"] is not null || node["additionalProperties"] switch
        {
            null => false,
            JsonValue flag => flag.GetValueKind() != JsonValueKind.False,
            _ => true,
        };

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
