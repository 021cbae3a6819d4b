using Seedance.Contracts.Requests;

namespace Seedance.Contracts.Tests.Docs;

/// <summary>
/// The README shows code and a table that come from the code; these tests keep them from drifting.
/// Set SEEDANCE_UPDATE_DOCS=1 to rewrite the generated parts instead of failing.
/// </summary>
public sealed class ReadmeTests
{
    private static readonly string RepoRoot = FindRepoRoot();

    [Fact]
    public void Capability_table_in_the_readme_is_the_one_the_code_uses()
    {
        var readmePath = Path.Combine(RepoRoot, "README.md");
        var readme = File.ReadAllText(readmePath);
        var expected = Capabilities.ToMarkdownTable().Trim();
        var updated = ReplaceBetween(readme, "<!-- capability-table:begin -->", "<!-- capability-table:end -->", expected);

        if (Environment.GetEnvironmentVariable("SEEDANCE_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(readmePath, updated);
            return;
        }

        Assert.True(readme == updated, "README.md's capability table differs from Capabilities.ToMarkdownTable(); run the tests with SEEDANCE_UPDATE_DOCS=1 to update it.");
    }

    [Fact]
    public void Job_api_example_in_the_readme_is_the_code_the_tests_run()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot, "README.md"));
        var example = Between(readme, "<!-- job-api-example:begin -->", "<!-- job-api-example:end -->");
        var compiled = File.ReadAllText(Path.Combine(RepoRoot, "tests", "Seedance.Contracts.Tests", "Jobs", "ReadmeExample.cs"));

        // Every statement after the client line must be a line the test compiles and runs.
        var lines = example.Split('\n').Select(l => l.Trim())
            .Where(l => l.StartsWith("var job", StringComparison.Ordinal) || l.StartsWith("Console.", StringComparison.Ordinal) || l.StartsWith("await ", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(4, lines.Count);
        foreach (var line in lines.Where(l => !l.Contains("DownloadToFileAsync", StringComparison.Ordinal)))
        {
            Assert.Contains(line, compiled, StringComparison.Ordinal);
        }

        Assert.Contains("await job.DownloadToFileAsync(path, cancellationToken);", compiled, StringComparison.Ordinal);
        Assert.True(example.Split('\n').Count(l => l.TrimStart().StartsWith("var ", StringComparison.Ordinal) || l.TrimStart().StartsWith("await ", StringComparison.Ordinal) || l.TrimStart().StartsWith("using var", StringComparison.Ordinal)) <= 10, "the README example is meant to stay within ten lines");
    }

    [Fact]
    public void Job_api_example_needs_at_most_two_using_directives()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot, "README.md"));
        var example = Between(readme, "<!-- job-api-example:begin -->", "<!-- job-api-example:end -->");

        // Hello world should not need a namespace per concept: the neutral types live in Seedance.Contracts.
        var usings = example.Split('\n').Select(l => l.Trim())
            .Where(l => l.StartsWith("using ", StringComparison.Ordinal) && !l.StartsWith("using var ", StringComparison.Ordinal))
            .ToList();
        Assert.InRange(usings.Count, 1, 2);
        Assert.Contains("using Seedance.Contracts;", usings);
    }

    private static string Between(string text, string begin, string end)
    {
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"README.md lacks the markers {begin} ... {end}");
        return text[(start + begin.Length)..stop];
    }

    private static string ReplaceBetween(string text, string begin, string end, string content)
    {
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"README.md lacks the markers {begin} ... {end}");
        return text[..(start + begin.Length)] + "\n" + content + "\n" + text[stop..];
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Seedance.Contracts.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Seedance.Contracts.sln not found above " + AppContext.BaseDirectory);
    }
}
