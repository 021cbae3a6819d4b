using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Seedance.Conformance.Specs;

namespace Seedance.Conformance.Schemas;

/// <summary>
/// Checks one HTTP response against the spec of its provider: the operation is found by method and
/// path, the documented response by status (exact, then <c>4XX</c>-style range, then <c>default</c>);
/// the body is validated against that response's schema by JsonSchema.Net, then walked for drift;
/// documented headers that are missing and undocumented statuses are drift too.
/// </summary>
internal sealed class ResponseChecker
{
    private const int MaxViolations = 8;
    private readonly SpecSet _specs;
    private readonly Dictionary<string, SpecSchemas> _schemas = new(StringComparer.Ordinal);

    /// <summary>Creates a checker over <paramref name="specs"/> (each spec's schema document is built on first use).</summary>
    public ResponseChecker(SpecSet specs)
    {
        ArgumentNullException.ThrowIfNull(specs);
        _specs = specs;
    }

    /// <summary>Checks one response.</summary>
    /// <param name="provider">The provider id.</param>
    /// <param name="method">The request method.</param>
    /// <param name="path">The request path (a base URL's own path prefix is allowed before it).</param>
    /// <param name="status">The response status.</param>
    /// <param name="headers">The response headers.</param>
    /// <param name="body">The response body text.</param>
    public ResponseVerdict Check(string provider, string method, string path, int status, IReadOnlyList<KeyValuePair<string, string>> headers, string body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var spec = _specs.Documents.FirstOrDefault(d => d.Provider == provider);
        var operation = spec is null ? null : FindOperation(spec, method, path);
        if (spec is null || operation is null) return ResponseVerdict.Unmatched;

        var drift = new List<DriftItem>();
        var violations = new List<SchemaViolation>();
        var response = FindResponse(operation, status);
        if (response is null)
        {
            drift.Add(new DriftItem(provider, operation.OperationId, DriftKinds.Status, status, "",
                $"status {status.ToString(CultureInfo.InvariantCulture)} is not documented (documented: {string.Join(", ", operation.Responses.Select(r => r.Status))})"));
            return new ResponseVerdict(operation.OperationId, violations, drift);
        }

        foreach (var header in DocumentedHeaders(spec, operation, response.Status))
        {
            if (!headers.Any(h => string.Equals(h.Key, header, StringComparison.OrdinalIgnoreCase)))
            {
                drift.Add(new DriftItem(provider, operation.OperationId, DriftKinds.Header, status, header, $"documented header {header} was not sent"));
            }
        }

        if (response.Schema is null) return new ResponseVerdict(operation.OperationId, violations, drift);
        var schemas = SchemasOf(spec);
        var pointer = SpecSchemas.ResponsePointer(operation.OperationId, response.Status);
        JsonElement instance;
        try
        {
            using var document = JsonDocument.Parse(body);
            instance = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Never the body itself: it is the provider's text and could echo anything.
            violations.Add(new SchemaViolation(provider, operation.OperationId, status, "",
                body.Length == 0 ? "the body is empty, the spec documents a JSON body" : $"the body is not JSON ({body.Length.ToString(CultureInfo.InvariantCulture)} characters), the spec documents a JSON body",
                schemas.SpecLocation(pointer)));
            return new ResponseVerdict(operation.OperationId, violations, drift);
        }

        var results = schemas.Evaluate(pointer, instance, OutputFormat.List);
        if (!results.IsValid) violations.AddRange(Violations(schemas, provider, operation.OperationId, status, results, instance));
        DriftWalker.Walk(schemas, pointer, instance, (kind, at, detail) =>
            drift.Add(new DriftItem(provider, operation.OperationId, kind, status, at, detail)));
        return new ResponseVerdict(operation.OperationId, violations, drift);
    }

    /// <summary>The operation of <paramref name="spec"/> for a method and path; the longest template wins.</summary>
    public static SpecOperation? FindOperation(SpecDocument spec, string method, string path)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Operations
            .Where(o => string.Equals(o.Method, method, StringComparison.OrdinalIgnoreCase))
            .Where(o => Regex.IsMatch(path, "(^|/)" + o.PathPattern().TrimStart('/') + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            .MaxBy(o => o.PathTemplate.Length);
    }

    private static SpecResponse? FindResponse(SpecOperation operation, int status)
    {
        var code = status.ToString(CultureInfo.InvariantCulture);
        return operation.Responses.FirstOrDefault(r => r.Status == code)
            ?? operation.Responses.FirstOrDefault(r => r.Status.Length == 3 && r.Status[0] == code[0] && r.Status.EndsWith("XX", StringComparison.OrdinalIgnoreCase))
            ?? operation.Responses.FirstOrDefault(r => r.Status == "default");
    }

    private static IEnumerable<string> DocumentedHeaders(SpecDocument spec, SpecOperation operation, string status)
    {
        var response = spec.Resolve(spec.Root["paths"]?[operation.PathTemplate]?[operation.Method.ToLowerInvariant()]?["responses"]?[status]);
        // OpenAPI ignores a Content-Type header definition (the media type says it).
        return (response?["headers"] as JsonObject ?? []).Select(h => h.Key)
            .Where(h => !string.Equals(h, "Content-Type", StringComparison.OrdinalIgnoreCase));
    }

    private SpecSchemas SchemasOf(SpecDocument spec)
    {
        lock (_schemas)
        {
            if (!_schemas.TryGetValue(spec.Provider, out var schemas)) _schemas[spec.Provider] = schemas = new SpecSchemas(spec);
            return schemas;
        }
    }

    private static List<SchemaViolation> Violations(SpecSchemas schemas, string provider, string operation, int status, EvaluationResults results, JsonElement instance)
    {
        var found = new List<SchemaViolation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // The validator's output has each member's errors but no message for the oneOf itself: say
        // first which oneOf/anyOf matched no member (or, for oneOf, several), then the details.
        foreach (var (pointer, keyword, location, matches, count) in Combinators(schemas, SpecSchemas.ResponsePointer(operation, status.ToString(CultureInfo.InvariantCulture)), instance, "", 0))
        {
            Add(pointer, matches == 0 ? $"matches none of the {count} {keyword} members" : $"matches {matches} of the {keyword} members, exactly one expected", location);
        }
        foreach (var node in Flatten(results).OrderBy(n => n.EvaluationPath.ToString().Length))
        {
            if (node.Errors is null) continue;
            var at = node.InstanceLocation.ToString();
            var schemaPointer = Uri.UnescapeDataString(node.SchemaLocation.Fragment.TrimStart('#'));
            foreach (var (keyword, message) in node.Errors)
            {
                var keywordPointer = keyword.Length == 0 ? BooleanSchemaPointer(schemaPointer, node.EvaluationPath.ToString()) : schemaPointer + "/" + keyword;
                if (keyword == "required" && schemas.At(Uri.UnescapeDataString(schemaPointer))?["required"] is JsonArray required)
                {
                    // One violation per missing field, with the pointer it would have had.
                    var present = Resolve(instance, at);
                    foreach (var name in required.Select(r => (string)r!))
                    {
                        if (present is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(name, out _)) continue;
                        Add(at + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal), "required field is missing", keywordPointer);
                    }
                    continue;
                }
                Add(at, message, keywordPointer);
            }
        }
        if (found.Count == 0) found.Add(new SchemaViolation(provider, operation, status, "", "does not match the schema", schemas.SpecLocation(SpecSchemas.ResponsePointer(operation, status.ToString(CultureInfo.InvariantCulture)))));
        return found;

        void Add(string pointer, string message, string keywordPointer)
        {
            if (found.Count >= MaxViolations || !seen.Add(pointer + "|" + keywordPointer)) return;
            found.Add(new SchemaViolation(provider, operation, status, pointer, message, schemas.SpecLocation(keywordPointer)));
        }
    }

    /// <summary>
    /// Each <c>oneOf</c>/<c>anyOf</c> the body fails, as (body pointer, keyword, schema pointer of the
    /// keyword, members matched, members): at the response schema and down its declared properties and items.
    /// </summary>
    private static IEnumerable<(string, string, string, int, int)> Combinators(SpecSchemas schemas, string pointer, JsonElement body, string bodyPointer, int depth)
    {
        if (depth > 32) yield break;
        var node = schemas.At(pointer) as JsonObject;
        for (var hops = 0; node?["$ref"] is JsonValue reference && ((string?)reference)?.StartsWith("#/", StringComparison.Ordinal) == true && hops < 32; hops++)
        {
            pointer = ((string)reference!)[1..];
            node = schemas.At(pointer) as JsonObject;
        }
        if (node is null) yield break;
        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (node[keyword] is not JsonArray members) continue;
            var matches = Enumerable.Range(0, members.Count).Count(i => schemas.IsValid($"{pointer}/{keyword}/{i}", body));
            if (matches == 0 || (keyword == "oneOf" && matches > 1)) yield return (bodyPointer, keyword, $"{pointer}/{keyword}", matches, members.Count);
        }
        if (body.ValueKind == JsonValueKind.Object && node["properties"] is JsonObject properties)
        {
            foreach (var property in body.EnumerateObject())
            {
                if (!properties.ContainsKey(property.Name)) continue;
                var child = bodyPointer + "/" + property.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                foreach (var found in Combinators(schemas, $"{pointer}/properties/{property.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}", property.Value, child, depth + 1)) yield return found;
            }
        }
        if (body.ValueKind == JsonValueKind.Array && node["items"] is JsonObject)
        {
            var index = 0;
            foreach (var element in body.EnumerateArray())
            {
                foreach (var found in Combinators(schemas, pointer + "/items", element, $"{bodyPointer}/{index}", depth + 1)) yield return found;
                index++;
            }
        }
    }

    // A false schema (additionalProperties: false) reports its error with no keyword, and the validator
    // appends the schema's name to its location; the evaluation path ends at the keyword that holds it.
    private static string BooleanSchemaPointer(string schemaPointer, string evaluationPath)
    {
        var last = evaluationPath[(evaluationPath.LastIndexOf('/') + 1)..];
        var at = last.Length == 0 ? -1 : schemaPointer.LastIndexOf("/" + last, StringComparison.Ordinal);
        return at < 0 ? schemaPointer : schemaPointer[..(at + last.Length + 1)];
    }

    private static IEnumerable<EvaluationResults> Flatten(EvaluationResults results)
    {
        yield return results;
        foreach (var child in results.Details ?? [])
        {
            foreach (var nested in Flatten(child)) yield return nested;
        }
    }

    private static JsonElement? Resolve(JsonElement root, string pointer)
    {
        var current = root;
        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(token, out var next)) current = next;
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < current.GetArrayLength()) current = current[i];
            else return null;
        }
        return current;
    }
}
