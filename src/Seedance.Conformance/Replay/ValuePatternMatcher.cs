using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Seedance.Conformance.Replay;

/// <summary>Evaluates a <see cref="StringValuePattern"/> against a value with WireMock's semantics.</summary>
public static class ValuePatternMatcher
{
    private static readonly ConcurrentDictionary<string, Regex> Regexes = new(StringComparer.Ordinal);

    /// <summary>
    /// Matches <paramref name="value"/> (null = missing header/parameter/path result) against
    /// <paramref name="pattern"/>. Returns null on a match, else why it failed.
    /// <paramref name="bytes"/> are the raw bytes for <c>binaryEqualTo</c> (UTF-8 of the value if null).
    /// </summary>
    public static string? Mismatch(StringValuePattern pattern, string? value, byte[]? bytes = null) =>
        Mismatch(pattern, value, bytes, ignoredKeys: null);

    internal static string? Mismatch(StringValuePattern p, string? value, byte[]? bytes, string[]? ignoredKeys)
    {
        ArgumentNullException.ThrowIfNull(p);
        var unsupported = p.ExtensionData?.Keys.Where(k => ignoredKeys is null || !ignoredKeys.Contains(k)).ToList();
        if (unsupported is { Count: > 0 })
        {
            return $"unsupported matcher {string.Join(", ", unsupported.Select(k => $"'{k}'"))} (never matches in the replay host)";
        }

        var any = false;
        if (p.Absent is { } absent)
        {
            any = true;
            if (absent != (value is null)) return absent ? $"expected absent, got \"{Short(value)}\"" : "expected present, was absent";
        }
        if (p.Not is { } not)
        {
            any = true;
            if (Mismatch(not, value, bytes, null) is null) return $"matched {not} but must not";
        }
        if (p.And is { } and)
        {
            any = true;
            foreach (var inner in and)
            {
                if (Mismatch(inner, value, bytes, null) is { } why) return why;
            }
        }
        if (p.Or is { } or)
        {
            any = true;
            var reasons = or.Select(inner => Mismatch(inner, value, bytes, null)).ToList();
            if (reasons.All(r => r is not null)) return "none of the 'or' patterns matched: " + string.Join("; ", reasons);
        }

        var operators = p.EqualTo ?? p.Contains ?? p.DoesNotContain ?? p.Matches ?? p.DoesNotMatch ?? p.BinaryEqualTo;
        if (operators is null && p.EqualToJson is null && p.MatchesJsonPath is null)
        {
            return any ? null : "the pattern has no operator";
        }
        if (value is null) return $"expected {p}, was absent";

        if (p.EqualTo is { } equalTo &&
            !string.Equals(value, equalTo, p.CaseInsensitive == true ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
        {
            return $"expected equal to \"{Short(equalTo)}\", got \"{Short(value)}\"";
        }
        if (p.BinaryEqualTo is { } b64)
        {
            byte[] expected;
            try { expected = Convert.FromBase64String(b64); }
            catch (FormatException) { return "binaryEqualTo is not valid base64"; }
            if (!expected.AsSpan().SequenceEqual(bytes ?? Encoding.UTF8.GetBytes(value))) return "bytes differ from binaryEqualTo";
        }
        if (p.Contains is { } contains && !value.Contains(contains, StringComparison.Ordinal))
        {
            return $"expected to contain \"{Short(contains)}\", got \"{Short(value)}\"";
        }
        if (p.DoesNotContain is { } notContains && value.Contains(notContains, StringComparison.Ordinal))
        {
            return $"expected not to contain \"{Short(notContains)}\"";
        }
        if (p.Matches is { } regex && !FullMatch(regex, value))
        {
            return $"expected to match /{regex}/, got \"{Short(value)}\"";
        }
        if (p.DoesNotMatch is { } notRegex && FullMatch(notRegex, value))
        {
            return $"expected not to match /{notRegex}/";
        }
        if (p.EqualToJson is { } equalToJson && EqualToJsonMismatch(p, equalToJson, value) is { } jsonWhy) return jsonWhy;
        if (p.MatchesJsonPath is { } jsonPath && JsonPathMismatch(jsonPath, value) is { } pathWhy) return pathWhy;
        return null;
    }

    internal static bool FullMatch(string regex, string value) =>
        Regexes.GetOrAdd(regex, static r => new Regex($"\\A(?:{r})\\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2))).IsMatch(value);

    /// <summary>The string WireMock feeds to a value pattern for a JSON value: strings raw, other scalars as JSON text, containers as compact JSON.</summary>
    internal static string? Stringify(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => node.ToJsonString(ReplayJson.Options),
    };

    private static string? EqualToJsonMismatch(StringValuePattern p, JsonNode equalToJson, string value)
    {
        JsonNode? expected;
        try
        {
            expected = equalToJson is JsonValue jv && jv.GetValueKind() == JsonValueKind.String
                ? JsonNode.Parse(jv.GetValue<string>())
                : equalToJson;
        }
        catch (JsonException e)
        {
            return $"equalToJson holds invalid JSON: {e.Message}";
        }
        JsonNode? actual;
        try { actual = JsonNode.Parse(value); }
        catch (JsonException) { return $"body is not JSON: \"{Short(value)}\""; }
        var diff = JsonEquality.Difference(expected, actual, p.IgnoreArrayOrder == true, p.IgnoreExtraElements == true, p.EnablePlaceholders == true);
        return diff is null ? null : "equalToJson: " + diff;
    }

    private static string? JsonPathMismatch(JsonNode spec, string value)
    {
        string expression;
        StringValuePattern? sub = null;
        if (spec is JsonValue sv && sv.GetValueKind() == JsonValueKind.String)
        {
            expression = sv.GetValue<string>();
        }
        else if (spec is JsonObject obj && obj["expression"] is JsonValue ev && ev.GetValueKind() == JsonValueKind.String)
        {
            expression = ev.GetValue<string>();
            sub = obj.Deserialize<StringValuePattern>(ReplayJson.Options);
        }
        else
        {
            return "matchesJsonPath must be a string or an object with an 'expression'";
        }

        JsonPathExpression path;
        try { path = JsonPathExpression.Parse(expression); }
        catch (FormatException e) { return e.Message; }

        JsonNode? document;
        try { document = JsonNode.Parse(value); }
        catch (JsonException) { return $"matchesJsonPath {expression}: body is not JSON"; }

        var results = path.Evaluate(document);
        // Jayway returns a list for indefinite paths, and a definite path that selects an array
        // also yields a list; WireMock treats both as "several values".
        List<JsonNode?> values = path.IsDefinite
            ? results.Count == 0 ? [] : results[0] is JsonArray arr ? arr.ToList() : [results[0]]
            : results.ToList();
        var selectedNothing = path.IsDefinite ? results.Count == 0 || results[0] is null : results.Count == 0;

        if (sub is null)
        {
            var nonEmpty = path.IsDefinite
                ? !selectedNothing && (results[0] is not JsonArray a0 || a0.Count > 0) && (results[0] is not JsonObject o0 || o0.Count > 0)
                : results.Count > 0;
            return nonEmpty ? null : $"matchesJsonPath {expression}: selected nothing";
        }

        if (sub.EqualToJson is not null || (path.IsDefinite && results.Count == 1 && results[0] is JsonObject))
        {
            var whole = path.IsDefinite ? (selectedNothing ? null : results[0]) : new JsonArray(results.Select(r => r?.DeepClone()).ToArray());
            var why = Mismatch(sub, whole is null ? null : whole.ToJsonString(ReplayJson.Options), null, ["expression"]);
            return why is null ? null : $"matchesJsonPath {expression}: {why}";
        }
        if (selectedNothing || values.Count == 0)
        {
            var why = Mismatch(sub, null, null, ["expression"]);
            return why is null ? null : $"matchesJsonPath {expression}: {why}";
        }
        string? first = null;
        foreach (var v in values)
        {
            var why = Mismatch(sub, Stringify(v), null, ["expression"]);
            if (why is null) return null;
            first ??= why;
        }
        return $"matchesJsonPath {expression}: {first}";
    }

    private static string Short(string? s) => s is null ? "" : s.Length > 120 ? s[..117] + "..." : s;
}
