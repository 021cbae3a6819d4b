using System.Text.Json.Nodes;

namespace Seedance.Conformance.Scenarios;

/// <summary>Loads every scenario from a recordings root (<c>mappings/**/*.json</c>).</summary>
public static class ScenarioCatalog
{
    /// <summary>The scenarios under <paramref name="recordingsRoot"/>, ordered by name.</summary>
    /// <exception cref="InvalidDataException">A file is not a mapping, a mapping has no <c>metadata.seedance.scenario</c>, or a scenario has no (or two) defining mappings.</exception>
    public static IReadOnlyList<Scenario> Load(string recordingsRoot)
    {
        var mappingsDir = Path.Combine(recordingsRoot, "mappings");
        var groups = new SortedDictionary<string, (List<ScenarioMetadata> Definitions, List<JsonObject> Mappings, List<string> Files)>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(mappingsDir, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(recordingsRoot, file).Replace('\\', '/');
            var document = JsonNode.Parse(File.ReadAllText(file)) as JsonObject
                ?? throw new InvalidDataException($"{relative}: not a JSON object");
            var mappings = document["mappings"] is JsonArray array ? array.OfType<JsonObject>().ToList() : [document];
            foreach (var mapping in mappings)
            {
                var metadata = ScenarioMetadata.From(mapping["metadata"] as JsonObject)
                    ?? throw new InvalidDataException($"{relative}: a mapping has no metadata.seedance (docs/conformance.md)");
                if (string.IsNullOrEmpty(metadata.Scenario)) throw new InvalidDataException($"{relative}: metadata.seedance.scenario is empty");
                if (!groups.TryGetValue(metadata.Scenario, out var group))
                {
                    group = ([], [], []);
                    groups[metadata.Scenario] = group;
                }
                if (metadata.IsDefinition) group.Definitions.Add(metadata);
                group.Mappings.Add((JsonObject)mapping.DeepClone());
                if (!group.Files.Contains(relative)) group.Files.Add(relative);
            }
        }

        var scenarios = new List<Scenario>();
        foreach (var (name, group) in groups)
        {
            if (group.Definitions.Count != 1)
            {
                throw new InvalidDataException($"scenario {name} has {group.Definitions.Count} defining mappings (exactly one needs metadata.seedance.kind); files: {string.Join(", ", group.Files)}");
            }
            var definition = group.Definitions[0];
            var parts = name.Split('/');
            if (parts.Length != 3 || parts[0] != definition.Provider || parts[1] != definition.Operation || parts[2] != definition.Case)
            {
                throw new InvalidDataException($"scenario {name}: the name must be <provider>/<operation>/<case> and agree with provider, operation and case");
            }
            if (definition.Expect is null) throw new InvalidDataException($"scenario {name} has no expect");
            scenarios.Add(new Scenario(definition, group.Mappings, group.Files));
        }
        return scenarios;
    }
}
