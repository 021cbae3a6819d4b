namespace Seedance.Testing;

/// <summary>
/// A part of README.md between <c>&lt;!-- NAME:begin --&gt;</c> and <c>&lt;!-- NAME:end --&gt;</c>, and its
/// fenced code blocks. Tests that hold the README to what the code does read its examples through this
/// (linked from tests/Shared), so each README example has one reader.
/// </summary>
internal sealed record ReadmeSection(string Text)
{
    /// <summary>The section named <paramref name="name"/> of the checkout's README.md (line endings normalised to \n).</summary>
    public static ReadmeSection Load(string name)
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot.Path, "README.md")).ReplaceLineEndings("\n");
        var begin = $"<!-- {name}:begin -->";
        var end = $"<!-- {name}:end -->";
        var start = readme.IndexOf(begin, StringComparison.Ordinal);
        var stop = readme.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"README.md lacks the markers {begin} ... {end}");
        return new ReadmeSection(readme[(start + begin.Length)..stop]);
    }

    /// <summary>The fenced blocks of the section: the info string after the opening fence (e.g. <c>csharp</c>, or empty) and the lines inside.</summary>
    public IReadOnlyList<(string Info, List<string> Lines)> FencedBlocks()
    {
        var blocks = new List<(string Info, List<string> Lines)>();
        List<string>? open = null;
        foreach (var line in Text.Split('\n'))
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
