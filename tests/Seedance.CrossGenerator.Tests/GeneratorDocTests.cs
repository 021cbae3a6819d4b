using System.Reflection;

namespace Seedance.CrossGenerator.Tests;

/// <summary>docs/generator.md's cross-check section says what these tests find.</summary>
public sealed class GeneratorDocTests
{
    private static readonly string s_doc = File.ReadAllText(Path.Combine(
        typeof(GeneratorDocTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!,
        "docs", "generator.md"));

    private static string Section(string heading)
    {
        var start = s_doc.IndexOf("\n## " + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/generator.md has no section '## {heading}'");
        var end = s_doc.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        return end < 0 ? s_doc[start..] : s_doc[start..end];
    }

    [Fact]
    public void Every_known_difference_is_a_row_of_the_table_and_every_row_is_known()
    {
        var rows = Section("Cross-check against the Kiota CLI").Split('\n')
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal) && l.Contains("`body ", StringComparison.Ordinal))
            .ToArray();
        foreach (var known in KnownDifferences.All)
        {
            var ours = known.Ours == WireDifference.Absent ? "absent" : $"`{known.Ours}`";
            var row = $"| `{known.Operation}` | `{known.Aspect}` | {ours} | `{known.Kiota}` |";
            Assert.True(rows.Any(r => r.StartsWith(row, StringComparison.Ordinal)), $"docs/generator.md lacks the row {row}");
        }
        Assert.Equal(KnownDifferences.All.Count, rows.Length);
    }

    [Fact]
    public void The_counts_and_test_names_in_the_section_are_the_real_ones()
    {
        var section = Section("Cross-check against the Kiota CLI");
        var operations = SpecDocument.AllOperations().ToArray();
        var requests = operations.Sum(op => CrossCase.For(op).Count());
        Assert.Contains($"the {operations.Length} operations, {requests} requests each way", section, StringComparison.Ordinal);
        foreach (var test in new[] { typeof(ErrorTypingTests), typeof(MultipartTypingTests), typeof(EnumTypingTests), typeof(WireAgreementTests) })
            Assert.Contains($"`{test.Name}`", section, StringComparison.Ordinal);
        Assert.Contains("`Microsoft.OpenApi.Kiota` 1.38.0", section, StringComparison.Ordinal);
    }

    [Fact]
    public void The_NSwag_section_names_the_measured_version()
    {
        var section = Section("Why not NSwag");
        Assert.Contains("NSwag.MSBuild 14.7.1", section, StringComparison.Ordinal);
        Assert.DoesNotContain("not obtainable", s_doc, StringComparison.Ordinal);
    }
}
