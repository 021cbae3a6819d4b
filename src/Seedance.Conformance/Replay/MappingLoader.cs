using System.Text.Json;
using System.Text.Json.Nodes;

namespace Seedance.Conformance.Replay;

/// <summary>
/// Reads WireMock stub mappings: a JSON document is either one mapping or
/// <c>{"mappings": [ ... ]}</c>; a root directory has <c>mappings/**/*.json</c> and <c>__files/</c>.
/// </summary>
public static class MappingLoader
{
    /// <summary>Parses one mapping document or a <c>{"mappings": [...]}</c> document.</summary>
    /// <exception cref="ReplayMappingException">The text is not valid.</exception>
    public static IReadOnlyList<StubMapping> Parse(string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ReplayMappingException(source, $"not valid JSON: {e.Message}", e);
        }
        return root switch
        {
            JsonObject obj when obj.ContainsKey("mappings") => obj["mappings"] is JsonArray arr
                ? arr.Select((m, i) => FromNode(m, source is null ? $"mappings[{i}]" : $"{source} mappings[{i}]")).ToList()
                : throw new ReplayMappingException(source, "'mappings' must be an array"),
            JsonObject obj => [FromNode(obj, source)],
            _ => throw new ReplayMappingException(source, "a mapping document must be a JSON object"),
        };
    }

    /// <summary>Parses exactly one mapping.</summary>
    /// <exception cref="ReplayMappingException">The text is not a single valid mapping.</exception>
    public static StubMapping ParseSingle(string json, string? source = null)
    {
        var all = Parse(json, source);
        return all.Count == 1 ? all[0] : throw new ReplayMappingException(source, $"expected one mapping, found {all.Count}");
    }

    /// <summary>
    /// Reads every <c>*.json</c> file under <c>&lt;root&gt;/mappings</c> (recursively, in ordinal path order).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">There is no <c>mappings</c> directory under <paramref name="rootDirectory"/>.</exception>
    /// <exception cref="ReplayMappingException">A file is not valid.</exception>
    public static IReadOnlyList<StubMapping> LoadDirectory(string rootDirectory) => LoadDirectory(rootDirectory, out _);

    internal static IReadOnlyList<StubMapping> LoadDirectory(string rootDirectory, out bool hasMultiMappingFiles)
    {
        hasMultiMappingFiles = false;
        ArgumentNullException.ThrowIfNull(rootDirectory);
        var mappingsDir = Path.Combine(rootDirectory, "mappings");
        if (!Directory.Exists(mappingsDir))
        {
            throw new DirectoryNotFoundException($"'{rootDirectory}' has no 'mappings' directory (WireMock root layout: <root>/mappings/*.json, <root>/__files/).");
        }
        var result = new List<StubMapping>();
        foreach (var file in Directory.EnumerateFiles(mappingsDir, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var parsed = Parse(text, file);
            hasMultiMappingFiles |= JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) is JsonObject o && o.ContainsKey("mappings");
            result.AddRange(parsed);
        }
        return result;
    }

    internal static StubMapping FromNode(JsonNode? node, string? source)
    {
        if (node is not JsonObject obj) throw new ReplayMappingException(source, "a mapping must be a JSON object");
        if (obj["request"] is not JsonObject) throw new ReplayMappingException(source, "a mapping needs a 'request' object");
        StubMapping mapping;
        try
        {
            mapping = obj.Deserialize<StubMapping>(ReplayJson.Options)!;
        }
        catch (JsonException e)
        {
            throw new ReplayMappingException(source, $"not a valid stub mapping: {e.Message}", e);
        }
        Validate(mapping, source);
        return mapping;
    }

    internal static void Validate(StubMapping mapping, string? source)
    {
        if (mapping.Response?.Fault is { } fault && !FaultNames.All.Contains(fault))
        {
            throw new ReplayMappingException(source, $"unknown fault '{fault}' (supported: {string.Join(", ", FaultNames.All)})");
        }
        if (mapping.Response?.Base64Body is { } b64)
        {
            try { Convert.FromBase64String(b64); }
            catch (FormatException e) { throw new ReplayMappingException(source, "base64Body is not valid base64", e); }
        }
    }
}
