using System.Text.Json.Nodes;
using Seedance.CodeGen.Reading;

namespace Seedance.Conformance.Specs;

/// <summary>
/// One provider spec (<c>specs/&lt;provider&gt;.yaml</c>) read with the client generator's YAML reader,
/// so examples have exactly the scalars the generated code was built from.
/// </summary>
internal sealed class SpecDocument
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    private SpecDocument(string provider, JsonObject root, string path, PointerMap? lines)
    {
        Provider = provider;
        Root = root;
        Path = path;
        Lines = lines;
        Operations = ReadOperations().ToList();
    }

    /// <summary>The provider id (file stem).</summary>
    public string Provider { get; }

    /// <summary>The file it was read from.</summary>
    public string Path { get; }

    /// <summary>Where each JSON pointer of <see cref="Root"/> is in the YAML text (null when unknown).</summary>
    public PointerMap? Lines { get; }

    /// <summary>The whole document as JSON.</summary>
    public JsonObject Root { get; }

    /// <summary><c>servers[0].url</c>: the provider's real base URL.</summary>
    public Uri BaseUrl => new((string)Root["servers"]![0]!["url"]!);

    /// <summary>The operations, in document order.</summary>
    public IReadOnlyList<SpecOperation> Operations { get; }

    /// <summary>Reads a spec file.</summary>
    public static SpecDocument Load(string path)
    {
        var provider = System.IO.Path.GetFileNameWithoutExtension(path);
        var node = YamlJsonConverter.Convert(File.ReadAllText(path), out var lines) as JsonObject
            ?? throw new InvalidDataException($"{path} is not a YAML mapping.");
        return new SpecDocument(provider, node, path, lines);
    }

    /// <summary>Follows <c>$ref</c> (local only) until a node without one.</summary>
    public JsonNode? Resolve(JsonNode? node)
    {
        for (var hops = 0; node is JsonObject obj && obj["$ref"] is JsonValue reference; hops++)
        {
            if (hops > 32) throw new InvalidDataException($"{Provider}: $ref cycle at {reference}");
            node = Pointer((string)reference!);
        }
        return node;
    }

    /// <summary>The node at a local reference such as <c>#/components/schemas/Video</c>.</summary>
    public JsonNode? Pointer(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal)) throw new InvalidDataException($"{Provider}: only local $ref is supported ({reference})");
        JsonNode? node = Root;
        foreach (var raw in reference[2..].Split('/'))
        {
            var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node?[token];
        }
        return node ?? throw new InvalidDataException($"{Provider}: $ref {reference} does not resolve");
    }

    private IEnumerable<SpecOperation> ReadOperations()
    {
        if (Root["paths"] is not JsonObject paths) yield break;
        foreach (var (path, item) in paths)
        {
            if (item is not JsonObject pathItem) continue;
            foreach (var method in Methods)
            {
                if (pathItem[method] is not JsonObject op) continue;
                var operationId = (string?)op["operationId"] ?? throw new InvalidDataException($"{Provider}: {method} {path} has no operationId");
                var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var p in (pathItem["parameters"] as JsonArray ?? []).Concat(op["parameters"] as JsonArray ?? []))
                {
                    if (Resolve(p) is JsonObject parameter && (string?)parameter["in"] == "path")
                    {
                        parameters[(string)parameter["name"]!] = parameter["example"]?.ToString() ?? "example";
                    }
                }

                var requestExamples = new List<SpecExample>();
                JsonNode? requestSchema = null;
                if (Resolve(op["requestBody"])?["content"] is JsonObject requestContent)
                {
                    foreach (var (mediaType, media) in requestContent)
                    {
                        requestSchema ??= media?["schema"];
                        requestExamples.AddRange(ReadExamples(mediaType, media));
                    }
                }

                var responses = new List<SpecResponse>();
                foreach (var (status, response) in op["responses"] as JsonObject ?? [])
                {
                    var resolved = Resolve(response);
                    var examples = new List<SpecExample>();
                    JsonNode? schema = null;
                    foreach (var (mediaType, media) in resolved?["content"] as JsonObject ?? [])
                    {
                        schema ??= media?["schema"];
                        examples.AddRange(ReadExamples(mediaType, media));
                    }
                    responses.Add(new SpecResponse(status, schema, examples)
                    {
                        StatusInferred = (string?)resolved?["x-status-provenance"] == "inferred",
                    });
                }

                yield return new SpecOperation(Provider, operationId, method.ToUpperInvariant(), path, parameters, requestExamples, responses)
                {
                    RequestSchema = requestSchema,
                };
            }
        }
    }

    private IEnumerable<SpecExample> ReadExamples(string mediaType, JsonNode? media)
    {
        foreach (var (name, raw) in media?["examples"] as JsonObject ?? [])
        {
            var example = Resolve(raw) as JsonObject ?? throw new InvalidDataException($"{Provider}: example {name} is not an object");
            var provenance = example["x-source"] is JsonValue source
                ? (string)source!
                : (string?)example["x-provenance"] == "inferred"
                    ? "inferred: " + InferredReason(name, example)
                    : throw new InvalidDataException($"{Provider}: example {name} has neither x-source nor x-provenance (docs/spec-conventions.md)");
            yield return new SpecExample(name, mediaType, example["value"]?.DeepClone(), provenance);
        }
    }

    /// <summary>
    /// The reason an inferred example was reconstructed. An inferred body without one is refused: a
    /// reader of the spec (or of docs/spec-sources.md) could not tell why it is not verbatim.
    /// </summary>
    private string InferredReason(string name, JsonObject example)
    {
        var reason = ((string?)example["x-provenance-reason"])?.Trim();
        return string.IsNullOrEmpty(reason)
            ? throw new InvalidDataException($"{Provider}: example {name} is x-provenance: inferred but has no x-provenance-reason (docs/spec-conventions.md)")
            : reason;
    }
}
