using System.Text.Json.Nodes;

namespace Seedance.Conformance.Scenarios;

/// <summary>
/// One conformance scenario: its stub mappings (as loaded from the files, metadata included) and
/// the definition found in the defining mapping's <c>metadata.seedance</c>.
/// </summary>
public sealed class Scenario
{
    internal Scenario(ScenarioMetadata definition, IReadOnlyList<JsonObject> mappings, IReadOnlyList<string> files)
    {
        Definition = definition;
        Mappings = mappings;
        Files = files;
    }

    /// <summary><c>&lt;provider&gt;/&lt;operation&gt;/&lt;case&gt;</c>.</summary>
    public string Name => Definition.Scenario;

    /// <summary>The provider id.</summary>
    public string Provider => Definition.Provider!;

    /// <summary>The operationId, or <c>lifecycle</c>.</summary>
    public string Operation => Definition.Operation!;

    /// <summary>The case.</summary>
    public string Case => Definition.Case!;

    /// <summary><c>operation</c>, <c>lifecycle</c> or <c>quirk</c>.</summary>
    public string Kind => Definition.Kind!;

    /// <summary>The defining metadata.</summary>
    public ScenarioMetadata Definition { get; }

    /// <summary>The stub mappings, in file order.</summary>
    public IReadOnlyList<JsonObject> Mappings { get; }

    /// <summary>The mapping files it was loaded from (relative to the recordings root).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The mappings as a WireMock import document.</summary>
    public string ToImportJson() =>
        new JsonObject { ["mappings"] = new JsonArray(Mappings.Select(m => (JsonNode)m.DeepClone()).ToArray()) }.ToJsonString();

    /// <summary>Every <c>response.bodyFileName</c> its mappings reference.</summary>
    public IEnumerable<string> BodyFileNames =>
        Mappings.Select(m => (string?)m["response"]?["bodyFileName"]).OfType<string>();

    /// <inheritdoc />
    public override string ToString() => Name;
}
