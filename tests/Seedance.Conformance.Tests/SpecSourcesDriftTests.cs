using Seedance.Conformance.Generator;
using Seedance.Conformance.Specs;
using static Seedance.Conformance.Tests.ConformanceSupport;

namespace Seedance.Conformance.Tests;

/// <summary>docs/spec-sources.md claims to be generated from the specs' annotations: it must be exactly what they render to.</summary>
public class SpecSourcesDriftTests
{
    private static readonly SpecSet Specs = SpecSet.Load(Paths.SpecsDirectory);

    [Fact]
    public void Committed_spec_sources_match_the_specs()
    {
        var document = SpecSourcesDocument.Generate(Specs);
        Assert.True(document.IsCurrent(),
            $"{SpecSourcesDocument.RelativePath} drifted from specs/. " +
            $"Regenerate it with `{RecordingGenerator.RegenerateCommand}` and commit the result.");
    }

    [Fact]
    public void The_drift_check_notices_an_edited_row()
    {
        var document = SpecSourcesDocument.Generate(Specs);
        var copy = Path.Combine(Path.GetTempPath(), "spec-sources-" + Guid.NewGuid().ToString("N") + ".md");
        try
        {
            File.WriteAllText(copy, document.Text.Replace("| `success` | verbatim (`seed:001`) |", "| `success` | inferred |", StringComparison.Ordinal));
            Assert.False((document with { Path = copy }).IsCurrent());
            File.WriteAllText(copy, document.Text.ReplaceLineEndings("\r\n"));
            Assert.True((document with { Path = copy }).IsCurrent());
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Fact]
    public void Every_example_of_every_spec_has_one_row()
    {
        var text = SpecSourcesDocument.Render(Specs, current: null);
        var rows = text.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && (l.Contains("| verbatim (", StringComparison.Ordinal) || l.Contains("| inferred", StringComparison.Ordinal)));
        var examples = Specs.Operations.Sum(o => o.RequestExamples.Count + o.Responses.Sum(r => r.Examples.Count));
        Assert.Equal(examples, rows);
    }

    [Fact]
    public void The_hand_written_notes_are_carried_over_and_nothing_else()
    {
        var current = "# Old title\n\n| obsolete-row-xyz |\n\n## Notes\r\n\r\n- kept as written.\r\n";
        var text = SpecSourcesDocument.Render(Specs, current);
        Assert.EndsWith("\n## Notes\n\n- kept as written.\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("obsolete-row-xyz", text, StringComparison.Ordinal);
        Assert.DoesNotContain("## Notes", SpecSourcesDocument.Render(Specs, current: null), StringComparison.Ordinal);
    }

    [Fact]
    public void Known_sources_keep_their_short_keys_and_unknown_ones_are_cited_as_is()
    {
        Assert.Equal("ace-spec", SourceKeys.KeyFor("https://github.com/AceDataCloud/Docs/blob/0e1d52d821dd86c8bebedb5dac630ff72c84f07d/openapi/seedance.json"));
        Assert.Equal("seed:002", SourceKeys.KeyFor("seed:002"));
        Assert.Equal("https://example.com/new-page", SourceKeys.KeyFor("https://example.com/new-page"));

        var table = SourceKeys.TableFor(["https://example.com/new-page", "seed:001", "https://apidoc.cometapi.com/api/video/seedance/query", "seed:003"]);
        Assert.Equal(
            new[] { SourceKeys.SeedKey, "comet-query", "https://example.com/new-page" },
            table.Select(r => r.Key));
        Assert.Equal("https://example.com/new-page", table[^1].Source);
    }
}
