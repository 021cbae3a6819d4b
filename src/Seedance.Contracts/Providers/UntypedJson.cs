using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Seedance.Contracts.Providers;

/// <summary>
/// A System.Text.Json node as Kiota's untyped node, for spec fields that take any JSON (Seedance2.ink
/// <c>metadata</c>): apps hold such data as <see cref="JsonNode"/>, the generated model as <see cref="UntypedNode"/>.
/// </summary>
internal static class UntypedJson
{
    public static UntypedNode From(JsonNode? node) => node switch
    {
        null => new UntypedNull(),
        JsonObject o => new UntypedObject(o.ToDictionary(p => p.Key, p => From(p.Value))),
        JsonArray a => new UntypedArray(a.Select(From).ToList()),
        JsonValue v => Value(v),
        _ => throw new ArgumentException($"Unsupported JSON node {node.GetType().Name}.", nameof(node)),
    };

    private static UntypedNode Value(JsonValue value)
    {
        // A JsonValue may hold a CLR value (2, "A-17") or a parsed element; as an element both read the same.
        var element = JsonSerializer.SerializeToElement(value);
        return element.ValueKind switch
        {
            JsonValueKind.String => new UntypedString(element.GetString()),
            JsonValueKind.True => new UntypedBoolean(true),
            JsonValueKind.False => new UntypedBoolean(false),
            JsonValueKind.Number when element.TryGetInt64(out var whole) => new UntypedLong(whole),
            JsonValueKind.Number => new UntypedDouble(element.GetDouble()),
            _ => new UntypedNull(),
        };
    }
}
