using System.Globalization;
using System.Text.Json.Nodes;
using Seedance.Contracts.Tests.Catalog;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Seedance.Contracts.Tests.JobKit;

/// <summary>
/// Reads named examples out of <c>specs/*.yaml</c> as JSON, so replay mappings serve exactly the
/// documented bodies and no test hard-codes one. Plain YAML scalars follow the YAML 1.2 core schema
/// (<c>5</c> is a number, <c>true</c> a boolean, <c>null</c> null); quoted scalars stay strings.
/// </summary>
internal static class SpecExamples
{
    private static readonly Dictionary<string, YamlMappingNode> Cache = new(StringComparer.Ordinal);

    /// <summary>The example <paramref name="name"/> of the response <paramref name="status"/> of <c>method path</c>.</summary>
    public static JsonNode Response(string provider, string method, string path, int status, string name)
    {
        var operation = Operation(provider, method, path);
        var response = Child(Child(operation, "responses"), status.ToString(CultureInfo.InvariantCulture))
            ?? throw new KeyNotFoundException($"{provider}: {method} {path} has no {status} response");
        return Example(provider, response, $"{method} {path} {status}", name);
    }

    /// <summary>The request-body example <paramref name="name"/> of <c>method path</c>.</summary>
    public static JsonNode Request(string provider, string method, string path, string name)
    {
        var body = Child(Operation(provider, method, path), "requestBody")
            ?? throw new KeyNotFoundException($"{provider}: {method} {path} has no request body");
        return Example(provider, body, $"{method} {path} request", name);
    }

    /// <summary>The values of <c>components.schemas.{schema}.enum</c>.</summary>
    public static IReadOnlyList<string> EnumValues(string provider, string schema) =>
        Child(Child(Child(Root(provider), "components"), "schemas"), schema) is YamlMappingNode s && Child(s, "enum") is YamlSequenceNode values
            ? values.Children.OfType<YamlScalarNode>().Select(v => v.Value!).ToArray()
            : throw new KeyNotFoundException($"{provider}: no enum schema {schema}");

    private static JsonNode Example(string provider, YamlNode owner, string where, string name)
    {
        var content = Child(owner, "content") as YamlMappingNode ?? throw new KeyNotFoundException($"{provider}: {where} has no content");
        foreach (var (_, media) in content.Children)
        {
            if (Child(Child(Child(media, "examples"), name), "value") is { } value)
            {
                return ToJson(value) ?? throw new InvalidOperationException($"{provider}: {where} example '{name}' is null");
            }
        }

        throw new KeyNotFoundException($"{provider}: {where} has no example '{name}'");
    }

    private static YamlNode Operation(string provider, string method, string path) =>
        Child(Child(Child(Root(provider), "paths"), path), method.ToLowerInvariant())
        ?? throw new KeyNotFoundException($"{provider}: no operation {method} {path}");

    private static YamlMappingNode Root(string provider)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(provider, out var root)) return root;
            var stream = new YamlStream();
            using var reader = new StreamReader(Path.Combine(SpecDocument.SpecsDirectory(), provider + ".yaml"));
            stream.Load(reader);
            return Cache[provider] = (YamlMappingNode)stream.Documents[0].RootNode;
        }
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, ToJson(kv.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any)) return JsonValue.Create(text);
        if (text is "null" or "Null" or "NULL" or "~" or "") return null;
        if (text is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (text is "false" or "False" or "FALSE") return JsonValue.Create(false);
        // Parsed from JSON text so that the value converts to any numeric type, as a served body would.
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return JsonNode.Parse(text);
        return JsonValue.Create(text);
    }

    private static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
}
