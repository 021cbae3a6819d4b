using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Seedance.Conformance.Replay;

/// <summary>
/// JSON comparison with WireMock's <c>equalToJson</c> options: numbers compare by value (1 equals 1.0),
/// object field order never matters, <c>ignoreArrayOrder</c>, <c>ignoreExtraElements</c> (extra
/// fields and extra array items in the actual document are allowed) and JsonUnit placeholders.
/// </summary>
public static class JsonEquality
{
    /// <summary>
    /// Compares <paramref name="expected"/> with <paramref name="actual"/>; returns null when equal,
    /// else a description of the first difference (with its JSON path).
    /// </summary>
    public static string? Difference(JsonNode? expected, JsonNode? actual, bool ignoreArrayOrder = false, bool ignoreExtraElements = false, bool enablePlaceholders = false) =>
        Diff(expected, actual, "$", new Options(ignoreArrayOrder, ignoreExtraElements, enablePlaceholders));

    /// <summary>Equality of two scalars (strings, numbers by value, booleans, null); containers compare deeply.</summary>
    public static bool ScalarEquals(JsonNode? a, JsonNode? b) => Diff(a, b, "$", new Options(false, false, false)) is null;

    internal static decimal NumberValue(JsonValue value)
    {
        var raw = value.ToJsonString();
        if (decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        return (decimal)double.Parse(raw, CultureInfo.InvariantCulture);
    }

    private readonly record struct Options(bool IgnoreArrayOrder, bool IgnoreExtraElements, bool Placeholders);

    private static string? Diff(JsonNode? expected, JsonNode? actual, string path, Options o)
    {
        if (o.Placeholders && expected is JsonValue pv && pv.GetValueKind() == JsonValueKind.String &&
            pv.GetValue<string>() is var ps && ps.StartsWith("${json-unit.", StringComparison.Ordinal))
        {
            return Placeholder(ps, actual, path);
        }

        var ek = Kind(expected);
        var ak = Kind(actual);
        if (ek != ak && !(IsBool(ek) && IsBool(ak)))
        {
            return $"{path}: expected {Describe(expected)}, got {Describe(actual)}";
        }

        switch (expected)
        {
            case JsonObject eo:
            {
                var ao = (JsonObject)actual!;
                foreach (var (name, ev) in eo)
                {
                    var childPath = $"{path}.{name}";
                    if (!ao.TryGetPropertyValue(name, out var av)) return $"{childPath}: missing (expected {Describe(ev)})";
                    if (Diff(ev, av, childPath, o) is { } d) return d;
                }
                if (!o.IgnoreExtraElements)
                {
                    foreach (var (name, _) in ao)
                    {
                        if (!eo.ContainsKey(name)) return $"{path}.{name}: unexpected field";
                    }
                }
                return null;
            }
            case JsonArray ea:
            {
                var aa = (JsonArray)actual!;
                if (aa.Count < ea.Count || (!o.IgnoreExtraElements && aa.Count != ea.Count))
                {
                    return $"{path}: expected {ea.Count} array item(s), got {aa.Count}";
                }
                if (!o.IgnoreArrayOrder)
                {
                    for (var i = 0; i < ea.Count; i++)
                    {
                        if (Diff(ea[i], aa[i], $"{path}[{i}]", o) is { } d) return d;
                    }
                    return null;
                }
                return UnorderedDiff(ea, aa, path, o);
            }
            case JsonValue ev:
            {
                var av = (JsonValue)actual!;
                var equal = ek switch
                {
                    JsonValueKind.Number => NumberValue(ev) == NumberValue(av),
                    JsonValueKind.String => ev.GetValue<string>() == av.GetValue<string>(),
                    _ => ev.GetValueKind() == av.GetValueKind(),
                };
                return equal ? null : $"{path}: expected {Describe(expected)}, got {Describe(actual)}";
            }
            default:
                return null; // both null
        }
    }

    private static string? UnorderedDiff(JsonArray expected, JsonArray actual, string path, Options o)
    {
        // Each expected item needs a distinct actual item equal to it (bipartite matching by augmenting paths).
        var candidates = new List<int>[expected.Count];
        for (var i = 0; i < expected.Count; i++)
        {
            candidates[i] = [];
            for (var j = 0; j < actual.Count; j++)
            {
                if (Diff(expected[i], actual[j], path, o) is null) candidates[i].Add(j);
            }
            if (candidates[i].Count == 0) return $"{path}: no item equal to expected {Describe(expected[i])} (any order)";
        }
        var owner = Enumerable.Repeat(-1, actual.Count).ToArray();
        for (var i = 0; i < expected.Count; i++)
        {
            if (!Augment(i, new bool[actual.Count])) return $"{path}: items cannot be paired one-to-one (any order)";
        }
        return null;

        bool Augment(int i, bool[] seen)
        {
            foreach (var j in candidates[i])
            {
                if (seen[j]) continue;
                seen[j] = true;
                if (owner[j] < 0 || Augment(owner[j], seen))
                {
                    owner[j] = i;
                    return true;
                }
            }
            return false;
        }
    }

    private static string? Placeholder(string placeholder, JsonNode? actual, string path)
    {
        var kind = Kind(actual);
        bool ok;
        if (placeholder.StartsWith("${json-unit.regex}", StringComparison.Ordinal))
        {
            var regex = placeholder["${json-unit.regex}".Length..];
            ok = kind == JsonValueKind.String &&
                 Regex.IsMatch(actual!.GetValue<string>(), $"\\A(?:{regex})\\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        else
        {
            ok = placeholder switch
            {
                "${json-unit.ignore}" => true,
                "${json-unit.any-string}" => kind == JsonValueKind.String,
                "${json-unit.any-number}" => kind == JsonValueKind.Number,
                "${json-unit.any-boolean}" => IsBool(kind),
                _ => false,
            };
        }
        return ok ? null : $"{path}: {Describe(actual)} does not satisfy {placeholder}";
    }

    private static JsonValueKind Kind(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    private static bool IsBool(JsonValueKind k) => k is JsonValueKind.True or JsonValueKind.False;

    private static string Describe(JsonNode? node)
    {
        var text = node?.ToJsonString(ReplayJson.Options) ?? "null";
        return text.Length > 80 ? text[..77] + "..." : text;
    }
}
