using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Seedance.Conformance.Schemas;

/// <summary>
/// One stub response read from a WireMock mapping folder (<c>--record DIR</c> output or the
/// recordings): what the drift command checks against the spec.
/// </summary>
/// <param name="Source">The mapping file, relative to the root, with <c>#N</c> for the Nth mapping of a file.</param>
/// <param name="Provider">From <c>metadata.seedance.scenario</c>, else the folder under <c>mappings/</c>.</param>
/// <param name="Method">The request method.</param>
/// <param name="Path">The request path (<c>urlPath</c>, <c>url</c> without its query), or null when only a pattern is given.</param>
/// <param name="PathPattern">The request's <c>urlPathPattern</c>, or null.</param>
/// <param name="Status">The response status.</param>
/// <param name="Headers">The response headers.</param>
/// <param name="Body">The response body text (<c>bodyFileName</c>, <c>jsonBody</c> or <c>body</c>).</param>
internal sealed record RecordedResponse(
    string Source,
    string Provider,
    string Method,
    string? Path,
    string? PathPattern,
    int Status,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string Body)
{
    /// <summary>Reads every mapping under <c>ROOT/mappings</c>; bodies from <c>ROOT/__files</c>. Fault responses are left out.</summary>
    public static List<RecordedResponse> ReadAll(string root)
    {
        var mappingsRoot = System.IO.Path.Combine(root, "mappings");
        if (!Directory.Exists(mappingsRoot)) throw new DirectoryNotFoundException($"no mappings/ folder in {root}");
        var found = new List<RecordedResponse>();
        foreach (var file in Directory.EnumerateFiles(mappingsRoot, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = System.IO.Path.GetRelativePath(root, file).Replace('\\', '/');
            var node = JsonNode.Parse(File.ReadAllText(file)) ?? throw new InvalidDataException($"{relative} is empty");
            var mappings = node["mappings"] is JsonArray many ? many.OfType<JsonObject>().ToList() : [node.AsObject()];
            var folderProvider = relative.Split('/') is { Length: > 2 } parts ? parts[1] : "";
            for (var i = 0; i < mappings.Count; i++)
            {
                var source = mappings.Count == 1 ? relative : $"{relative}#{i + 1}";
                if (Read(root, source, mappings[i], folderProvider) is { } response) found.Add(response);
            }
        }
        return found;
    }

    private static RecordedResponse? Read(string root, string source, JsonObject mapping, string folderProvider)
    {
        if (mapping["request"] is not JsonObject request || mapping["response"] is not JsonObject response || response["fault"] is not null) return null;
        var scenario = (string?)mapping["metadata"]?["seedance"]?["scenario"];
        var provider = scenario?.Split('/')[0] ?? folderProvider;
        var path = (string?)request["urlPath"] ?? ((string?)request["url"])?.Split('?')[0];
        var pattern = (string?)request["urlPathPattern"];
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in response["headers"] as JsonObject ?? [])
        {
            var values = value is JsonArray array ? array.Select(v => v?.ToString() ?? "") : [value?.ToString() ?? ""];
            headers.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        }
        var body = response["bodyFileName"] is JsonValue file
            ? File.ReadAllText(System.IO.Path.Combine(root, "__files", (string)file!))
            : response["jsonBody"] is { } json ? json.ToJsonString() : (string?)response["body"] ?? "";
        return new RecordedResponse(source, provider, ((string?)request["method"] ?? "GET").ToUpperInvariant(), path, pattern,
            (int?)response["status"] ?? 200, headers, body);
    }

    /// <summary>True when <paramref name="candidate"/> is a path this mapping's request matches.</summary>
    public bool Matches(string candidate) =>
        Path is not null ? Path == candidate : PathPattern is not null && Regex.IsMatch(candidate, "^(?:" + PathPattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
