using Seedance.Conformance.Specs;

namespace Seedance.Conformance.Tests;

/// <summary>
/// Every example in a spec says where it comes from (docs/spec-conventions.md): verbatim with
/// <c>x-source</c>, or <c>x-provenance: inferred</c> with the reason. Loading refuses anything else,
/// so an unsourced body can never become a recording.
/// </summary>
public class SpecProvenanceTests
{
    private const string Template = """
        openapi: 3.1.0
        info: { title: t, version: '1' }
        servers: [ { url: 'https://api.example.com' } ]
        paths:
          /things/{id}:
            get:
              operationId: getThing
              parameters: [ { name: id, in: path, required: true, schema: { type: string } } ]
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      examples:
                        success:
        PROVENANCE
                          value: {"id": "t1"}
        """;

    [Fact]
    public void A_verbatim_example_keeps_its_source()
    {
        var example = Load("x-source: https://docs.example.com/things").Operations.Single().Responses.Single().Examples.Single();
        Assert.Equal("https://docs.example.com/things", example.Provenance);
    }

    [Fact]
    public void An_inferred_example_carries_its_reason()
    {
        var example = Load("x-provenance: inferred\nx-provenance-reason: the docs print no body").Operations.Single().Responses.Single().Examples.Single();
        Assert.Equal("inferred: the docs print no body", example.Provenance);
    }

    [Theory]
    [InlineData("x-provenance: inferred", "has no x-provenance-reason")]
    [InlineData("x-provenance: inferred\nx-provenance-reason: '  '", "has no x-provenance-reason")]
    [InlineData("summary: no provenance at all", "has neither x-source nor x-provenance")]
    public void An_example_without_a_source_or_a_reason_is_refused(string lines, string problem)
    {
        var error = Assert.Throws<InvalidDataException>(() => Load(lines).Operations.Single().Responses.Single().Examples.ToList());
        Assert.Contains("example success", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    private static SpecDocument Load(string provenanceLines)
    {
        var file = Path.Combine(TestSupport.TempRoot(), "thing-api.yaml");
        // The example's own keys sit 18 columns in (under "success:").
        var indented = string.Join('\n', provenanceLines.Split('\n').Select(line => new string(' ', 18) + line));
        File.WriteAllText(file, Template.Replace("PROVENANCE", indented, StringComparison.Ordinal));
        return SpecDocument.Load(file);
    }
}
