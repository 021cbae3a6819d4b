namespace Seedance.Samples.Tests;

/// <summary>
/// README's "In an ASP.NET Core app" example is cut from the sample's Program.cs, which the solution
/// build compiles and <see cref="WebApiTests"/> runs: each run of lines between <c>// ...</c> markers
/// must appear in Program.cs as whole lines, in the same order.
/// </summary>
public sealed class ReadmeHostingExampleTests
{
    private const string Elision = "// ...";

    [Fact]
    public void The_readme_example_is_cut_from_the_compiled_sample()
    {
        var block = Assert.Single(ReadmeSection.Load("hosting-example").FencedBlocks(), b => b.Info == "csharp");
        var program = "\n" + File.ReadAllText(Path.Combine(RepoRoot.Path, "samples", "Seedance.Samples.WebApi", "Program.cs")).ReplaceLineEndings("\n");

        var runs = Runs(block.Lines);
        Assert.True(runs.Count >= 2, "the example shows the registrations and the endpoints, with the rest elided");
        Assert.Contains(runs, r => r.Contains(".AddSeedance(", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains(".AddSeedanceHealthChecks()", StringComparison.Ordinal));
        var at = 0;
        foreach (var run in runs)
        {
            var found = program.IndexOf("\n" + run + "\n", at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"README.md's hosting example has lines that samples/Seedance.Samples.WebApi/Program.cs does not (or not in this order):\n{run}");
            at = found + run.Length + 1;
        }
    }

    private static List<string> Runs(IEnumerable<string> lines)
    {
        var runs = new List<string>();
        var current = new List<string>();
        foreach (var line in lines.Append(Elision))
        {
            if (line.Trim() != Elision)
            {
                current.Add(line);
                continue;
            }
            while (current.Count > 0 && current[^1].Trim().Length == 0) current.RemoveAt(current.Count - 1);
            while (current.Count > 0 && current[0].Trim().Length == 0) current.RemoveAt(0);
            if (current.Count > 0) runs.Add(string.Join("\n", current));
            current.Clear();
        }
        return runs;
    }
}
