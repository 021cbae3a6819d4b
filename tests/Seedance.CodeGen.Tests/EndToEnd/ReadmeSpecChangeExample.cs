namespace Seedance.CodeGen.Tests.EndToEnd;

/// <summary>
/// The README's "Change a spec, see the client change" section: the operation it tells you to add
/// and the error line it shows for a broken spec. The end-to-end build uses both, so the README
/// cannot claim what a real build does not do.
/// </summary>
internal sealed record ReadmeSpecChangeExample(string PathKeyLine, string Operation, string ErrorLine, string Prose)
{
    private const string Begin = "<!-- spec-change-example:begin -->";
    private const string End = "<!-- spec-change-example:end -->";

    public static ReadmeSpecChangeExample Load()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot.Path, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Begin, StringComparison.Ordinal);
        var stop = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"README.md lacks the markers {Begin} ... {End}");
        var section = readme[(start + Begin.Length)..stop];

        var blocks = FencedBlocks(section);
        var yaml = Assert.Single(blocks, b => b.Info == "yaml").Lines;
        var error = Assert.Single(Assert.Single(blocks, b => b.Info.Length == 0).Lines);
        // The block opens with the path key as it stands in the spec; the rest is the new operation.
        return new ReadmeSpecChangeExample(yaml[0], string.Join('\n', yaml.Skip(1)) + "\n", error, section);
    }

    private static List<(string Info, List<string> Lines)> FencedBlocks(string section)
    {
        var blocks = new List<(string Info, List<string> Lines)>();
        List<string>? open = null;
        foreach (var line in section.Split('\n'))
        {
            if (!line.StartsWith("```", StringComparison.Ordinal))
            {
                open?.Add(line);
            }
            else if (open is null)
            {
                open = new List<string>();
                blocks.Add((line[3..].Trim(), open));
            }
            else
            {
                open = null;
            }
        }

        return blocks;
    }
}
