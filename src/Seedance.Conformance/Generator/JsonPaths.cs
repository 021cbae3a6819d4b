using System.Text.Json.Nodes;

namespace Seedance.Conformance.Generator;

/// <summary>Dotted wire paths (<c>error.code</c>, <c>data.status</c>) evaluated on example bodies.</summary>
internal static class JsonPaths
{
    /// <summary>
    /// The value at <paramref name="path"/>, descending into the first element of an array on the
    /// way (AceData's <c>data</c> is an object or an array of one). <paramref name="found"/> is false
    /// when a segment is missing.
    /// </summary>
    public static JsonNode? Evaluate(JsonNode? node, string path, out bool found)
    {
        found = true;
        foreach (var segment in path.Split('.'))
        {
            if (node is JsonArray array) node = array.Count > 0 ? array[0] : null;
            if (node is JsonObject obj && obj.TryGetPropertyValue(segment, out var next))
            {
                node = next;
                continue;
            }
            found = false;
            return null;
        }
        return node;
    }

    /// <summary>The string at <paramref name="path"/>; empty strings and non-strings count as missing.</summary>
    public static string? String(JsonNode? node, string? path)
    {
        if (path is null) return null;
        var value = Evaluate(node, path, out var found);
        return found && value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
    }
}
