using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Seedance.Conformance.Running;

/// <summary>
/// Compares the body that arrived with the typed model written back as JSON: nothing the provider
/// sent may be lost on the way through the generated model. A null and a missing property are the
/// same (the models drop nulls when writing) and numbers compare by value.
/// </summary>
internal static class JsonComparison
{
    /// <summary>Differences, one line each, at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<string> Differences(JsonNode? expected, JsonNode? actual, int limit = 5)
    {
        var differences = new List<string>();
        Compare(expected, actual, "$", differences, limit);
        return differences;
    }

    /// <summary>Whether two JSON values are equal under these rules.</summary>
    public static bool ValueEquals(JsonNode? expected, JsonNode? actual) => Differences(expected, actual, 1).Count == 0;

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences, int limit)
    {
        if (differences.Count >= limit) return;
        switch (expected)
        {
            case null when actual is null:
                return;
            case JsonObject e when actual is JsonObject a:
                foreach (var name in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    Compare(e[name], a[name], $"{path}.{name}", differences, limit);
                }
                return;
            case JsonArray e when actual is JsonArray a:
                if (e.Count != a.Count)
                {
                    differences.Add($"{path}: {e.Count} items expected, {a.Count} found");
                    return;
                }
                for (var i = 0; i < e.Count; i++) Compare(e[i], a[i], $"{path}[{i}]", differences, limit);
                return;
            case JsonValue e when actual is JsonValue a && ScalarEquals(e, a):
                return;
        }
        differences.Add($"{path}: expected {Show(expected)}, found {Show(actual)}");
    }

    private static bool ScalarEquals(JsonValue expected, JsonValue actual)
    {
        var e = expected.GetValueKind();
        var a = actual.GetValueKind();
        if (e == JsonValueKind.Number && a == JsonValueKind.Number)
        {
            return decimal.Parse(expected.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
                == decimal.Parse(actual.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        return e == a && expected.ToJsonString() == actual.ToJsonString();
    }

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "nothing";
        return text.Length > 80 ? text[..77] + "..." : text;
    }
}
