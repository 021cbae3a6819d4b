using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Seedance.CodeGen.Reading;

namespace Seedance.Testing;

/// <summary>
/// Shared by the test projects that read spec examples (linked from tests/Shared). One spec of <c>specs/</c>, read at test time
/// with the client generator's own YAML reader (<see cref="YamlJsonConverter"/>), so tests see exactly the scalars the
/// generated code was built from. Tests take every body from here, so the specs and the tests cannot drift apart.
/// </summary>
public sealed class SpecDocument
{
    /// <summary>The provider ids (file stems) of the four specs.</summary>
    public static readonly string[] Ids = ["cometapi-videos", "cometapi-volc", "acedata-seedance", "seedance2-ink"];

    private static readonly ConcurrentDictionary<string, SpecDocument> s_cache = new();
    private static readonly string[] s_methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    private SpecDocument(string id, JsonObject root)
    {
        Id = id;
        Root = root;
        var operations = new List<SpecOperation>();
        foreach (var (path, item) in (JsonObject)root["paths"]!)
        {
            var pathItem = (JsonObject)item!;
            foreach (var method in s_methods)
            {
                if (pathItem[method] is JsonObject op)
                    operations.Add(new SpecOperation(this, path, method.ToUpperInvariant(), op, pathItem));
            }
        }
        Operations = operations;
    }

    /// <summary>The provider id, e.g. <c>cometapi-videos</c>.</summary>
    public string Id { get; }

    /// <summary>The whole document as JSON.</summary>
    public JsonObject Root { get; }

    /// <summary>Every operation, in document order.</summary>
    public IReadOnlyList<SpecOperation> Operations { get; }

    /// <summary>The directory holding the specs (stamped into each test assembly as <c>SpecsDir</c> by tests/Directory.Build.props).</summary>
    public static string SpecsDirectory { get; } =
        Assembly.GetExecutingAssembly().GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SpecsDir").Value!;

    /// <summary>Loads (once) the spec with the given provider id.</summary>
    public static SpecDocument Load(string id) => s_cache.GetOrAdd(id, static i =>
    {
        var yaml = YamlJsonConverter.Convert(File.ReadAllText(Path.Combine(SpecsDirectory, i + ".yaml")), out _)!;
        // Round-trip through JSON text so every value is JsonElement-backed (GetValue<int> on a long works).
        var json = yaml.ToJsonString();
        return new SpecDocument(i, JsonNode.Parse(json)!.AsObject());
    });

    /// <summary>Every operation of every spec.</summary>
    public static IEnumerable<SpecOperation> AllOperations() => Ids.SelectMany(i => Load(i).Operations);

    /// <summary>The operation with this operationId.</summary>
    public SpecOperation Operation(string operationId) =>
        Operations.SingleOrDefault(o => o.OperationId == operationId)
        ?? throw new InvalidOperationException($"{Id} has no operation {operationId}");

    /// <summary>Follows local <c>$ref</c>s until a node without one.</summary>
    public JsonObject Resolve(JsonNode node)
    {
        var current = (JsonObject)node;
        for (var guard = 0; current["$ref"] is JsonValue r; guard++)
        {
            if (guard > 32) throw new InvalidOperationException("$ref cycle");
            var pointer = r.GetValue<string>();
            if (!pointer.StartsWith("#/", StringComparison.Ordinal)) throw new InvalidOperationException("external $ref " + pointer);
            JsonNode? target = Root;
            foreach (var segment in pointer[2..].Split('/'))
                target = target![segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
            current = (JsonObject)target!;
        }
        return current;
    }

    /// <summary>The component name a schema reference points to (<c>#/components/schemas/X</c> → X), or null.</summary>
    public static string? RefName(JsonNode? schema) =>
        schema?["$ref"] is JsonValue r && r.GetValue<string>() is var s && s.StartsWith("#/components/schemas/", StringComparison.Ordinal)
            ? s["#/components/schemas/".Length..]
            : null;
}

/// <summary>One operation of a spec, with its named examples.</summary>
public sealed class SpecOperation
{
    internal SpecOperation(SpecDocument spec, string path, string method, JsonObject node, JsonObject pathItem)
    {
        Spec = spec;
        PathTemplate = path;
        Method = method;
        Node = node;
        PathItem = pathItem;
        OperationId = node["operationId"]!.GetValue<string>();
    }

    /// <summary>The spec this operation belongs to.</summary>
    public SpecDocument Spec { get; }

    /// <summary>The path template, e.g. <c>/v1/videos/{id}</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>The upper-case HTTP method.</summary>
    public string Method { get; }

    /// <summary>The operationId.</summary>
    public string OperationId { get; }

    /// <summary><c>provider/operationId</c>, the key the coverage guard uses.</summary>
    public string Key => Spec.Id + "/" + OperationId;

    /// <summary>The operation object.</summary>
    public JsonObject Node { get; }

    private JsonObject PathItem { get; }

    /// <summary>The media type of the request body, or null when there is none.</summary>
    public string? RequestMediaType =>
        Node["requestBody"] is JsonNode rb ? ((JsonObject)Spec.Resolve(rb)["content"]!).Single().Key : null;

    /// <summary>The named request examples (name → value) of the request body.</summary>
    public IReadOnlyDictionary<string, JsonNode> RequestExamples =>
        Node["requestBody"] is JsonNode rb
            ? NamedExamples((JsonObject)((JsonObject)Spec.Resolve(rb)["content"]!).Single().Value!)
            : new Dictionary<string, JsonNode>();

    /// <summary>The path parameters (resolved) of the operation and its path item.</summary>
    public IEnumerable<JsonObject> PathParameters =>
        new[] { PathItem["parameters"], Node["parameters"] }
            .OfType<JsonArray>()
            .SelectMany(a => a)
            .Select(p => Spec.Resolve(p!))
            .Where(p => p["in"]?.GetValue<string>() == "path");

    /// <summary>The documented example of a path parameter.</summary>
    public string PathParameterExample(string name) =>
        PathParameters.Single(p => p["name"]!.GetValue<string>() == name)["example"]!.GetValue<string>();

    /// <summary>The expected raw path for the given path-parameter values: every value escaped as an RFC 3986 unreserved-only segment.</summary>
    public string ExpectedPath(IReadOnlyDictionary<string, string> values)
    {
        var path = PathTemplate;
        foreach (var (name, value) in values)
            path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        Assert.DoesNotContain("{", path, StringComparison.Ordinal);
        return path;
    }

    /// <summary>The responses object keyed by status (<c>200</c>, <c>4XX</c>, <c>default</c>).</summary>
    public IEnumerable<(string Status, JsonObject Response)> Responses =>
        ((JsonObject)Node["responses"]!).Select(kv => (kv.Key, Spec.Resolve(kv.Value!)));

    /// <summary>The first 2xx status, the one the generated client returns.</summary>
    public string SuccessStatus => Responses.First(r => r.Status.StartsWith('2')).Status;

    /// <summary>The JSON schema of a response (resolved one level: the $ref node itself is returned so its name is kept).</summary>
    public JsonNode ResponseSchema(string status) =>
        Responses.Single(r => r.Status == status).Response["content"]!["application/json"]!["schema"]!;

    /// <summary>The named examples of a response.</summary>
    public IReadOnlyDictionary<string, JsonNode> ResponseExamples(string status) =>
        NamedExamples((JsonObject)Responses.Single(r => r.Status == status).Response["content"]!["application/json"]!);

    /// <summary>The named examples of the success response.</summary>
    public IReadOnlyDictionary<string, JsonNode> SuccessExamples => ResponseExamples(SuccessStatus);

    /// <summary>Every (status, name, value) of the 4xx/5xx responses.</summary>
    public IEnumerable<(int Status, string Name, JsonNode Value)> ErrorExamples =>
        Responses
            .Where(r => r.Status[0] is '4' or '5' && int.TryParse(r.Status, out _))
            .SelectMany(r => ResponseExamples(r.Status).Select(e => (int.Parse(r.Status, CultureInfo.InvariantCulture), e.Key, e.Value)));

    private IReadOnlyDictionary<string, JsonNode> NamedExamples(JsonObject media)
    {
        var result = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        if (media["examples"] is JsonObject examples)
        {
            foreach (var (name, example) in examples)
                result[name] = Spec.Resolve(example!)["value"]!.DeepClone();
        }
        return result;
    }

    /// <inheritdoc />
    public override string ToString() => Key;
}
