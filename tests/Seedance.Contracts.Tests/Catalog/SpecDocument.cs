using YamlDotNet.RepresentationModel;

namespace Seedance.Contracts.Tests.Catalog;

/// <summary>
/// Just enough of an OpenAPI reader for the catalog checks: finds the create operation (the POST
/// whose request body has a <c>model</c> property), follows local <c>$ref</c>s and collects enums.
/// </summary>
internal sealed class SpecDocument
{
    private readonly YamlMappingNode _root;

    private SpecDocument(string path, YamlMappingNode root)
    {
        Path = path;
        _root = root;
    }

    public string Path { get; }

    public static string SpecsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Directory.Build.props"))
                && Directory.Exists(System.IO.Path.Combine(dir.FullName, "specs"))
                && Directory.Exists(System.IO.Path.Combine(dir.FullName, "src")))
            {
                return System.IO.Path.Combine(dir.FullName, "specs");
            }
        }

        throw new DirectoryNotFoundException("No specs/ directory above " + AppContext.BaseDirectory);
    }

    public static SpecDocument Load(string provider)
    {
        var path = System.IO.Path.Combine(SpecsDirectory(), provider + ".yaml");
        Assert.True(File.Exists(path), $"specs/{provider}.yaml is missing; the catalog cannot be compared with it.");
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return new SpecDocument(path, (YamlMappingNode)stream.Documents[0].RootNode);
    }

    /// <summary>The request-body schema (resolved) of the one POST operation that takes a <c>model</c>.</summary>
    public YamlMappingNode CreateRequestSchema()
    {
        var found = new List<(string Path, YamlMappingNode Schema)>();
        foreach (var (pathKey, pathItem) in Map(_root, "paths"))
        {
            if (Child(pathItem, "post") is not YamlMappingNode post
                || Child(post, "requestBody") is not YamlMappingNode body
                || Child(body, "content") is not YamlMappingNode content)
            {
                continue;
            }

            foreach (var (_, media) in content.Children)
            {
                if (Child(media, "schema") is { } schemaNode && Resolve(schemaNode) is { } schema
                    && Child(schema, "properties") is YamlMappingNode props && Child(props, "model") is not null)
                {
                    found.Add((((YamlScalarNode)pathKey).Value!, schema));
                    break;
                }
            }
        }

        Assert.True(found.Count == 1, $"{Path}: expected one POST with a 'model' in its body, found {found.Count}");
        return found[0].Schema;
    }

    /// <summary>A property of the create request, resolved; null when absent.</summary>
    public YamlMappingNode? CreateProperty(string name) =>
        Child(CreateRequestSchema(), "properties") is YamlMappingNode props && Child(props, name) is { } p ? Resolve(p) : null;

    /// <summary>Every enum value reachable from a schema (through $ref, oneOf, anyOf, allOf).</summary>
    public IReadOnlyList<string> EnumValues(YamlMappingNode schema)
    {
        var values = new List<string>();
        Collect(schema, values, "enum");
        return values;
    }

    /// <summary>The <c>example</c>/<c>examples</c> values of a schema.</summary>
    public IReadOnlyList<string> ExampleValues(YamlMappingNode schema)
    {
        var values = new List<string>();
        Collect(schema, values, "examples");
        Collect(schema, values, "example");
        return values;
    }

    /// <summary>The <c>x-known-values</c> of a schema: the values a free string is known to take (docs/spec-conventions.md).</summary>
    public IReadOnlyList<string> KnownValues(YamlMappingNode schema)
    {
        var values = new List<string>();
        Collect(schema, values, "x-known-values");
        return values;
    }

    /// <summary>A scalar member of a schema as text; null when absent.</summary>
    public static string? Text(YamlMappingNode schema, string key) => Child(schema, key) is YamlScalarNode s ? s.Value : null;

    public static long? Number(YamlMappingNode schema, string key) =>
        Child(schema, key) is YamlScalarNode s ? long.Parse(s.Value!, System.Globalization.CultureInfo.InvariantCulture) : null;

    private void Collect(YamlMappingNode schema, List<string> values, string key)
    {
        switch (Child(schema, key))
        {
            case YamlSequenceNode seq:
                values.AddRange(seq.Children.OfType<YamlScalarNode>().Select(s => s.Value!));
                break;
            case YamlScalarNode scalar:
                values.Add(scalar.Value!);
                break;
        }

        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (Child(schema, combinator) is YamlSequenceNode parts)
            {
                foreach (var part in parts.Children)
                {
                    if (Resolve(part) is { } resolved)
                    {
                        Collect(resolved, values, key);
                    }
                }
            }
        }
    }

    private YamlMappingNode? Resolve(YamlNode node)
    {
        for (var hops = 0; hops < 16 && node is YamlMappingNode map; hops++)
        {
            if (Child(map, "$ref") is not YamlScalarNode r)
            {
                return map;
            }

            Assert.StartsWith("#/", r.Value);
            node = r.Value!["#/".Length..].Split('/').Aggregate((YamlNode)_root, (n, part) =>
                Child(n, part.Replace("~1", "/").Replace("~0", "~")) ?? throw new InvalidOperationException($"{Path}: dangling $ref {r.Value}"));
        }

        return node as YamlMappingNode;
    }

    private static YamlNode? Child(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static IEnumerable<(YamlNode Key, YamlNode Value)> Map(YamlNode node, string key) =>
        Child(node, key) is YamlMappingNode map ? map.Children.Select(kv => (kv.Key, kv.Value)) : [];
}
