using Seedance.Conformance.Generator;
using Seedance.Conformance.Scenarios;
using Seedance.Conformance.Specs;
using static Seedance.Conformance.Tests.ConformanceSupport;

namespace Seedance.Conformance.Tests;

/// <summary>The specs are the only source of bodies: the committed recordings must be exactly what the generator makes of them.</summary>
public class RecordingDriftTests
{
    [Fact]
    public void Committed_recordings_match_the_specs()
    {
        var generated = RecordingGenerator.Generate(SpecSet.Load(Paths.SpecsDirectory));
        var differences = generated.Compare(Paths.RecordingsDirectory);
        Assert.True(differences.Count == 0,
            $"The recordings drifted from specs/ ({differences.Count} files: {string.Join(", ", differences.Take(10).Select(d => $"{d.Kind} {d.Path}"))}). " +
            $"Regenerate them with `{RecordingGenerator.RegenerateCommand}` and commit the result.");
    }

    [Fact]
    public void The_drift_check_notices_an_edited_a_missing_and_a_stale_file()
    {
        var copy = CopyRecordings();
        File.AppendAllText(Path.Combine(copy, "__files", "seedance2-ink", "listModels", "200-success.json"), " ");
        File.Delete(Path.Combine(copy, "mappings", "cometapi-volc", "getTask", "queued.json"));
        File.WriteAllText(Path.Combine(copy, "__files", "cometapi-volc", "getTask", "200-gone.json"), "{}");
        File.WriteAllText(Path.Combine(copy, "mappings", "cometapi-volc", "lifecycle", "hand-written.json"), "{}");

        var differences = RecordingGenerator.Generate(SpecSet.Load(Paths.SpecsDirectory)).Compare(copy);

        Assert.Equal(
            new[] { "Changed __files/seedance2-ink/listModels/200-success.json", "Missing mappings/cometapi-volc/getTask/queued.json", "Stale __files/cometapi-volc/getTask/200-gone.json" }.Order(),
            differences.Select(d => $"{d.Kind} {d.Path}").Order());
    }

    [Fact]
    public void Every_body_file_a_mapping_references_exists()
    {
        var missing = Catalog.SelectMany(s => s.BodyFileNames.Select(f => (s.Name, f)))
            .Where(x => !File.Exists(Path.Combine(Paths.FilesDirectory, x.f)))
            .Select(x => $"{x.Name}: {x.f}")
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Lifecycle_mappings_reference_spec_bodies_and_never_inline_them()
    {
        var lifecycle = Catalog.Where(s => s.Kind == ScenarioKinds.Lifecycle).ToList();
        Assert.NotEmpty(lifecycle);
        foreach (var mapping in lifecycle.SelectMany(s => s.Mappings))
        {
            var response = mapping["response"]!.AsObject();
            Assert.False(response.ContainsKey("body") || response.ContainsKey("jsonBody") || response.ContainsKey("base64Body"), $"{mapping["name"]} inlines a body");
            Assert.NotNull((string?)response["bodyFileName"]);
            Assert.Equal("application/json", (string?)response["headers"]?["Content-Type"]);
        }
    }

    [Fact]
    public void Every_hand_written_case_plan_names_a_scenario_that_exists()
    {
        var names = Catalog.Select(s => s.Name).ToHashSet();
        Assert.All(CasePlans.AllNames, name => Assert.Contains(name, names));
    }

    [Fact]
    public void Mapping_ids_are_unique_uuids()
    {
        var ids = Catalog.SelectMany(s => s.Mappings).Select(m => (string)m["id"]!).ToList();
        Assert.All(ids, id => Assert.True(Guid.TryParse(id, out _), id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Every_example_of_every_spec_became_a_scenario()
    {
        var specs = SpecSet.Load(Paths.SpecsDirectory);
        var expected = specs.Operations.SelectMany(o => o.Responses.SelectMany(r => r.Examples.Select(e => $"{o.Provider}/{o.OperationId}/{RecordingGenerator.CaseName(o, r, e)}")));
        var actual = Catalog.Where(s => s.Kind != ScenarioKinds.Lifecycle).Select(s => s.Name);
        Assert.Equal(expected.Order(), actual.Order());
    }
}
