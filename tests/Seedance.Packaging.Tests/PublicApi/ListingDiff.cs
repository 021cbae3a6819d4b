namespace Seedance.Packaging.Tests.PublicApi;

/// <summary>
/// What changed between two listings, as <c>-</c>/<c>+</c> lines under the type they belong to. Every
/// member line is qualified by its type, and a type's lines are unique, so comparing the qualified
/// lines as sets is an exact diff for this format (no general-purpose line diff needed). A type is
/// keyed by its declaration up to the bases, so a new interface on a type shows as its header line
/// changing, not as every member removed and added again.
/// </summary>
public static class ListingDiff
{
    public static string Describe(string approved, string actual, int maxLines = 200)
    {
        var before = Qualified(approved);
        var after = Qualified(actual);
        var removed = before.Except(after).Select(l => (l, '-'));
        var added = after.Except(before).Select(l => (l, '+'));
        var changes = removed.Concat(added).OrderBy(c => c.l.Type, StringComparer.Ordinal).ThenBy(c => c.l.Line, StringComparer.Ordinal).ToList();

        var lines = new List<string>();
        string? type = null;
        foreach (var ((t, line), sign) in changes)
        {
            if (t != type) lines.Add(type = t);
            lines.Add($"{sign} {line}");
        }
        var shown = lines.Take(maxLines).ToList();
        if (lines.Count > maxLines) shown.Add($"... {lines.Count - maxLines} more lines");
        return string.Join("\n", shown);
    }

    private static HashSet<(string Type, string Line)> Qualified(string listing)
    {
        var set = new HashSet<(string, string)>();
        string ns = "", type = "";
        foreach (var raw in listing.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!raw.StartsWith(' ')) { ns = raw; type = ""; set.Add((ns, "")); continue; }
            if (!raw.StartsWith("    ", StringComparison.Ordinal))
            {
                var header = raw.Trim();
                var bases = header.IndexOf(" : ", StringComparison.Ordinal);
                type = ns + " / " + (bases < 0 ? header : header[..bases]);
                set.Add((type, "declared as: " + header));
                continue;
            }
            set.Add((type, raw.Trim()));
        }
        return set;
    }
}
