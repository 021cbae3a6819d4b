namespace Seedance.Conformance.Generator;

/// <summary>
/// The short keys <c>docs/spec-sources.md</c> cites an example's <c>x-source</c> by. The known URLs
/// keep the keys the document has always used, so a regeneration does not rename them; any other
/// source is cited by its own text (the URL), which needs no table entry to stay correct.
/// </summary>
internal static class SourceKeys
{
    /// <summary>The key that stands for every <c>seed:NNN</c> source in the key table.</summary>
    public const string SeedKey = "seed:00N";

    /// <summary>What <see cref="SeedKey"/> points at.</summary>
    public const string SeedSource = "`shared/seeds/00N_*.txt` (see `shared/seeds/README.md`)";

    // Listed in the order the key table shows them (provider by provider, reference before guides).
    private static readonly (string Key, string Url)[] Known =
    [
        ("ace-spec", "https://github.com/AceDataCloud/Docs/blob/0e1d52d821dd86c8bebedb5dac630ff72c84f07d/openapi/seedance.json"),
        ("ace-videos-guide", "https://github.com/AceDataCloud/Docs/blob/2624d9fec0106c4bbef10498f51d6f689dffae58/en/guides/seedance/seedance_videos.mdx"),
        ("ace-tasks-guide", "https://github.com/AceDataCloud/Docs/blob/2624d9fec0106c4bbef10498f51d6f689dffae58/en/guides/seedance/seedance_tasks.mdx"),
        ("comet-query", "https://apidoc.cometapi.com/api/video/seedance/query"),
        ("comet-errors", "https://apidoc.cometapi.com/errors/error-codes-handling"),
        ("comet-errors-old", "https://cometapi.mintlify.app/errors/error-codes-handling"),
        ("comet-volc-get", "https://apidoc.cometapi.com/api/video/bytedance/bytedance-video-get"),
        ("ink-overview", "https://www.seedance2.ink/docs/api-reference"),
    ];

    /// <summary>True for a <c>seed:NNN</c> source (a file under <c>shared/seeds/</c>, cited as is).</summary>
    public static bool IsSeed(string source) => source.StartsWith("seed:", StringComparison.Ordinal);

    /// <summary>How a table cell cites <paramref name="source"/>: its short key, else the source itself.</summary>
    public static string KeyFor(string source)
    {
        foreach (var (key, url) in Known)
        {
            if (url == source) return key;
        }
        return source;
    }

    /// <summary>
    /// The key table rows for the sources in use: the seed row when any seed is cited, the known
    /// keys in their fixed order, then unknown sources in first-use order (each its own key).
    /// </summary>
    public static IReadOnlyList<(string Key, string Source)> TableFor(IEnumerable<string> sources)
    {
        var used = sources.Distinct(StringComparer.Ordinal).ToList();
        var rows = new List<(string, string)>();
        if (used.Any(IsSeed)) rows.Add((SeedKey, SeedSource));
        rows.AddRange(Known.Where(k => used.Contains(k.Url)));
        rows.AddRange(used.Where(s => !IsSeed(s) && KeyFor(s) == s).Select(s => (s, s)));
        return rows;
    }
}
