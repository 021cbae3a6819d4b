using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Serialization.Json;

namespace Seedance.Generated.Tests.Support;

/// <summary>Adapter, (de)serialization and structural JSON checks shared by the wire tests.</summary>
public static class Wire
{
    /// <summary>The fake API key every test client sends.</summary>
    public const string ApiKey = "test-key-5eedance-0000";

    private static readonly HttpClient s_http = new();

    /// <summary>A Kiota adapter on a plain HttpClient, pointed at <paramref name="server"/>, sending <c>Authorization: Bearer test-key-…</c> through Kiota's bearer provider.</summary>
    public static HttpClientRequestAdapter Adapter(ReplayFixture server) =>
        new(new BaseBearerTokenAuthenticationProvider(new StaticTokenProvider(ApiKey)), httpClient: s_http) { BaseUrl = server.BaseUrl };

    private sealed class StaticTokenProvider(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(token);
    }

    /// <summary>Parses a JSON value into a generated model with Kiota's JsonParseNode.</summary>
    public static T Parse<T>(JsonNode json, ParsableFactory<T> factory)
        where T : IParsable
    {
        using var document = JsonDocument.Parse(json.ToJsonString());
        return new JsonParseNode(document.RootElement.Clone()).GetObjectValue(factory)!;
    }

    /// <summary>Serializes a model with Kiota's JsonSerializationWriter.</summary>
    public static JsonNode? Serialize(IParsable value)
    {
        using var writer = new JsonSerializationWriter();
        writer.WriteObjectValue(null, value);
        using var reader = new StreamReader(writer.GetSerializedContent(), Encoding.UTF8);
        var text = reader.ReadToEnd();
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    /// <summary>Parses captured body bytes as JSON.</summary>
    public static JsonNode? Json(byte[] body) => JsonNode.Parse(Encoding.UTF8.GetString(body));

    /// <summary>
    /// Equality of two JSON values by <see cref="JsonNode.DeepEquals"/> (key order and number spelling do not
    /// count: 5 == 5.0), after dropping null members: a property whose value is null counts as absent
    /// (Kiota does not write nulls; the examples spell some absent fields as null).
    /// </summary>
    public static void AssertJsonEquivalent(JsonNode? expected, JsonNode? actual)
    {
        var (e, a) = (WithoutNullMembers(expected), WithoutNullMembers(actual));
        Assert.True(JsonNode.DeepEquals(e, a), $"expected {e?.ToJsonString() ?? "null"}, got {a?.ToJsonString() ?? "null"}");
    }

    private static JsonNode? WithoutNullMembers(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Where(kv => kv.Value is not null).Select(kv => KeyValuePair.Create(kv.Key, WithoutNullMembers(kv.Value)))),
        JsonArray a => new JsonArray(a.Select(WithoutNullMembers).ToArray()),
        _ => node?.DeepClone(),
    };

    /// <summary>The example's scalar as the text a form field carries (<c>5</c> → "5").</summary>
    public static string FormText(JsonNode value) =>
        value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();

    /// <summary>
    /// Walks a parsed result with its response schema: every object schema's declared properties are
    /// exactly the model's field deserializers and each has a typed C# property; no declared field
    /// landed in AdditionalData (which would mean the generated property type rejected the value);
    /// composed wrappers chose the alternative named by the schema.
    /// </summary>
    public static void AssertTypedAgainstSchema(SpecDocument spec, JsonNode schemaNode, object? typed, string path = "$")
    {
        if (typed is null || typed is UntypedNode) return;
        var schema = spec.Resolve(schemaNode);
        if (schema["oneOf"] is JsonArray alternatives && typed is IComposedTypeWrapper)
        {
            var chosen = GeneratedProperties(typed).Where(p => p.Name != "Unknown").Select(p => (p, v: p.GetValue(typed))).Where(x => x.v is not null).ToList();
            Assert.True(chosen.Count <= 1, $"{path}: a oneOf wrapper has {chosen.Count} alternatives set");
            Assert.True(typed.GetType().GetProperty("Unknown")?.GetValue(typed) is null, $"{path}: the value fell into Unknown");
            if (chosen.Count == 0) return;
            var alternative = alternatives.FirstOrDefault(a => SpecDocument.RefName(a) == chosen[0].p.Name);
            if (alternative is not null)
                AssertTypedAgainstSchema(spec, alternative, chosen[0].v, path);
            return;
        }
        if (schema["items"] is JsonNode items && typed is IEnumerable list and not string)
        {
            var i = 0;
            foreach (var item in list)
                AssertTypedAgainstSchema(spec, items, item, $"{path}[{i++}]");
            return;
        }
        if (typed is not IParsable parsable) return;
        var declared = schema["properties"] is JsonObject props ? props.Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal) : [];
        var deserializers = parsable.GetFieldDeserializers().Keys.ToHashSet(StringComparer.Ordinal);
        Assert.True(declared.SetEquals(deserializers),
            $"{path} ({typed.GetType().Name}): schema declares [{string.Join(", ", declared.Order())}] but the model reads [{string.Join(", ", deserializers.Order())}]");
        if (parsable is IAdditionalDataHolder holder && holder.AdditionalData is { Count: > 0 } additional)
        {
            var misplaced = additional.Keys.Where(declared.Contains).ToArray();
            Assert.True(misplaced.Length == 0,
                $"{path} ({typed.GetType().Name}): declared field(s) [{string.Join(", ", misplaced)}] landed in AdditionalData instead of their typed property");
        }
        foreach (var name in declared)
        {
            var property = typed.GetType().GetProperty(Pascal(name)) ?? typed.GetType().GetProperty(Pascal(name) + "Prop");
            Assert.True(property is not null, $"{path} ({typed.GetType().Name}): no C# property for declared field '{name}'");
            AssertTypedAgainstSchema(spec, schema["properties"]![name]!, property!.GetValue(typed), path + "." + name);
        }
    }

    /// <summary>Fails when any model in the graph holds a declared field in AdditionalData.</summary>
    public static void AssertNoDeclaredFieldInAdditionalData(object? value, string path = "$")
    {
        switch (value)
        {
            case null or string or UntypedNode:
                return;
            case IParsable parsable:
                if (parsable is IAdditionalDataHolder { AdditionalData: { Count: > 0 } data })
                {
                    var misplaced = data.Keys.Intersect(parsable.GetFieldDeserializers().Keys).ToArray();
                    Assert.True(misplaced.Length == 0, $"{path}: declared field(s) [{string.Join(", ", misplaced)}] landed in AdditionalData");
                }
                foreach (var property in GeneratedProperties(value))
                    AssertNoDeclaredFieldInAdditionalData(property.GetValue(value), path + "." + property.Name);
                return;
            case IEnumerable items:
                var i = 0;
                foreach (var item in items)
                    AssertNoDeclaredFieldInAdditionalData(item, $"{path}[{i++}]");
                return;
        }
    }

    private static IEnumerable<PropertyInfo> GeneratedProperties(object value) =>
        value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0
                && p.DeclaringType?.Namespace?.StartsWith("Seedance.Generated.", StringComparison.Ordinal) == true
                && p.Name is not ("AdditionalData" or "ProviderErrorCode" or "ProviderErrorMessage" or "ProviderRequestId" or "Message"));

    /// <summary>PascalCase of a wire name (<c>task_id</c> → TaskId, <c>requestId</c> → RequestId).</summary>
    public static string Pascal(string wire) =>
        string.Concat(wire.Split(['_', '-', '.', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
