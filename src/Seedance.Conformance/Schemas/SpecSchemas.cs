using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Seedance.Conformance.Specs;

namespace Seedance.Conformance.Schemas;

/// <summary>
/// One spec's schemas as a single JSON Schema 2020-12 document for an independent validator
/// (JsonSchema.Net), not the generated code: <c>components.schemas</c> become <c>$defs</c> (refs
/// rewritten), and every operation's JSON response schema is one more <c>$defs</c> entry. Any
/// location in it can be validated against, and every location maps back to the spec file.
/// </summary>
/// <remarks>
/// String enums with two or more values are extensible in the generated clients (an unknown value
/// is kept, not refused), so here they are moved to <see cref="KnownValuesKeyword"/>: a value outside
/// them is drift (<see cref="DriftWalker"/>), not a schema failure. A one-value enum is a tag that
/// picks a <c>oneOf</c> member and stays a hard constraint. <c>x-*</c>, <c>example</c> and
/// <c>discriminator</c> are unknown keywords to 2020-12 and only annotate; <c>format</c> annotates too
/// (the 2020-12 default), since providers' URLs and dates are checked by the typed parse.
/// </remarks>
internal sealed class SpecSchemas
{
    /// <summary>Where extensible enums keep their known values in the rewritten document.</summary>
    public const string KnownValuesKeyword = "x-seedance-known-values";

    private const string DraftUri = "https://json-schema.org/draft/2020-12/schema";
    private readonly Dictionary<string, string> _inlineKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonSchema> _validators = new(StringComparer.Ordinal);
    private readonly BuildOptions _build;
    private readonly Uri _base;

    /// <summary>Builds the document for <paramref name="spec"/>.</summary>
    public SpecSchemas(SpecDocument spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Spec = spec;
        // A made-up, never-fetched base URI per spec; a registry per spec keeps runs independent.
        _base = new Uri($"https://seedance-contracts.invalid/specs/{Uri.EscapeDataString(spec.Provider)}.yaml");
        var defs = new JsonObject();
        foreach (var (name, schema) in spec.Root["components"]?["schemas"] as JsonObject ?? [])
        {
            defs[name] = Rewrite(schema);
        }
        foreach (var operation in spec.Operations)
        {
            foreach (var response in operation.Responses)
            {
                if (response.Schema is null) continue;
                var key = ResponseKey(operation.OperationId, response.Status);
                defs[key] = Rewrite(response.Schema);
                _inlineKeys[key] = ResponseSchemaPointer(operation, response.Status);
            }
        }
        Document = new JsonObject { ["$schema"] = DraftUri, ["$defs"] = defs };
        _build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema.Build(JsonSerializer.SerializeToElement(Document), _build, _base);
    }

    /// <summary>The spec.</summary>
    public SpecDocument Spec { get; }

    /// <summary>The rewritten document (<c>$defs</c> only).</summary>
    public JsonObject Document { get; }

    /// <summary>The pointer (in <see cref="Document"/>) of an operation's response schema.</summary>
    public static string ResponsePointer(string operationId, string status) => "/$defs/" + ResponseKey(operationId, status);

    /// <summary>Validates <paramref name="instance"/> against the schema at <paramref name="pointer"/> (in <see cref="Document"/>).</summary>
    public EvaluationResults Evaluate(string pointer, JsonElement instance, OutputFormat format)
    {
        JsonSchema validator;
        lock (_validators)
        {
            if (!_validators.TryGetValue(pointer, out validator!))
            {
                var wrapper = new JsonObject { ["$schema"] = DraftUri, ["$ref"] = _base + "#" + pointer };
                var id = new Uri(_base, $"at/{_validators.Count.ToString(CultureInfo.InvariantCulture)}");
                validator = JsonSchema.Build(JsonSerializer.SerializeToElement(wrapper), _build, id);
                _validators[pointer] = validator;
            }
        }
        return validator.Evaluate(instance, new EvaluationOptions { OutputFormat = format });
    }

    /// <summary>True when <paramref name="instance"/> is valid at <paramref name="pointer"/>.</summary>
    public bool IsValid(string pointer, JsonElement instance) => Evaluate(pointer, instance, OutputFormat.Flag).IsValid;

    /// <summary>The node at a pointer of <see cref="Document"/>, or null.</summary>
    public JsonNode? At(string pointer)
    {
        JsonNode? node = Document;
        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj => obj[token],
                JsonArray array when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count => array[i],
                _ => null,
            };
        }
        return node;
    }

    /// <summary>
    /// A pointer of <see cref="Document"/> (or a validator's schema location URI) as a place in the
    /// spec file: <c>specs/x.yaml:120 #/components/schemas/Video/required</c>.
    /// </summary>
    public string SpecLocation(string pointer)
    {
        var hash = pointer.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0) pointer = pointer[(hash + 1)..];
        pointer = Uri.UnescapeDataString(pointer);
        var specPointer = pointer;
        if (pointer.StartsWith("/$defs/", StringComparison.Ordinal))
        {
            var rest = pointer["/$defs/".Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            var key = slash < 0 ? rest : rest[..slash];
            var tail = slash < 0 ? "" : rest[slash..];
            tail = tail.Replace("/" + KnownValuesKeyword, "/enum", StringComparison.Ordinal);
            specPointer = (_inlineKeys.TryGetValue(key, out var inline) ? inline : "/components/schemas/" + key) + tail;
        }
        var file = "specs/" + System.IO.Path.GetFileName(Spec.Path);
        var line = Spec.Lines?.Find(specPointer)?.Line;
        return line is null ? $"{file} #{specPointer}" : $"{file}:{line.Value.ToString(CultureInfo.InvariantCulture)} #{specPointer}";
    }

    private static string ResponseKey(string operationId, string status) => $"response.{operationId}.{status}";

    private static string ResponseSchemaPointer(SpecOperation operation, string status)
    {
        var method = operation.Method.ToLowerInvariant();
        return $"/paths/{Escape(operation.PathTemplate)}/{method}/responses/{status}/content/{Escape("application/json")}/schema";
    }

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>A copy with <c>#/components/schemas/X</c> refs pointing into <c>$defs</c> and extensible enums made soft.</summary>
    private static JsonNode? Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
            {
                var copy = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    if (name == "$ref" && value is JsonValue reference && ((string?)reference)?.StartsWith("#/components/schemas/", StringComparison.Ordinal) == true)
                    {
                        copy[name] = "#/$defs/" + ((string)reference!)["#/components/schemas/".Length..];
                    }
                    else if (name == "enum" && value is JsonArray values && values.Count > 1 && values.All(v => v is JsonValue s && s.GetValueKind() == JsonValueKind.String))
                    {
                        copy[KnownValuesKeyword] = values.DeepClone();
                    }
                    else
                    {
                        copy[name] = Rewrite(value);
                    }
                }
                return copy;
            }
            case JsonArray array:
                return new JsonArray(array.Select(Rewrite).ToArray());
            default:
                return node?.DeepClone();
        }
    }
}
