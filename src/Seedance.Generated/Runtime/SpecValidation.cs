using System.Collections.Concurrent;
using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Seedance.Generated.Runtime;

/// <summary>Helpers the generated <c>CollectViolations</c> methods use.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SpecValidation
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    /// <summary>Joins a JSON path and a property name: <c>content[0]</c> + <c>text</c> → <c>content[0].text</c>.</summary>
    public static string Field(string path, string name) => string.IsNullOrEmpty(path) ? name : path + "." + name;

    /// <summary>Appends an index: <c>content</c> + 0 → <c>content[0]</c>.</summary>
    public static string Item(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>A number as invariant text.</summary>
    public static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A number as invariant text.</summary>
    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>True when <paramref name="value"/> matches the ECMA-262 style <paramref name="pattern"/> (unanchored, like JSON Schema).</summary>
    public static bool Matches(string value, string pattern)
    {
        var regex = Patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Length in Unicode code points, as JSON Schema counts it.</summary>
    public static int Length(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            count++;
        }
        return count;
    }

    /// <summary>The discriminator value of a node (the string at <paramref name="property"/>), or null.</summary>
    public static string? Discriminator(IParseNode node, string property)
    {
        ArgumentNullException.ThrowIfNull(node);
        return LenientParse.Raw(node) is UntypedObject o && o.GetValue().TryGetValue(property, out var v) && v is UntypedString s ? s.GetValue() : null;
    }

    /// <summary>
    /// How well an object fits one oneOf alternative: required properties present minus those
    /// missing, so a body that fits nothing well does not default to the first alternative. An
    /// alternative that forbids extra properties (<paramref name="closedProperties"/> not null) is
    /// ruled out by any key it does not declare. -1 for a non-object.
    /// </summary>
    public static int MatchScore(UntypedNode raw, string[] required, string[]? closedProperties)
    {
        ArgumentNullException.ThrowIfNull(required);
        if (raw is not UntypedObject o) return -1;
        var map = o.GetValue();
        if (closedProperties is not null && map.Keys.Any(k => Array.IndexOf(closedProperties, k) < 0)) return int.MinValue / 2;
        var present = required.Count(map.ContainsKey);
        return present - (required.Length - present);
    }

    /// <summary>True when <paramref name="contentType"/> is one of <paramref name="allowed"/> (which may hold <c>type/*</c> wildcards). Parameters after <c>;</c> are ignored.</summary>
    public static bool MediaTypeAllowed(string? contentType, params string[] allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        if (contentType is null) return false;
        var bare = contentType.Split(';')[0].Trim();
        foreach (var a in allowed)
        {
            if (a == "*/*" || string.Equals(a, bare, StringComparison.OrdinalIgnoreCase)) return true;
            if (a.EndsWith("/*", StringComparison.Ordinal) && bare.StartsWith(a[..^1], StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
