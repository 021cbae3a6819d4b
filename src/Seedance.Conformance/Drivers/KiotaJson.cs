using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;

namespace Seedance.Conformance.Drivers;

/// <summary>Moves spec examples in and out of the generated models with Kiota's own JSON (de)serializers.</summary>
internal static class KiotaJson
{
    /// <summary>Parses <paramref name="json"/> into a generated model, as the client parses a response.</summary>
    public static T Parse<T>(JsonNode json, ParsableFactory<T> factory) where T : IParsable
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json.ToJsonString());
        return new JsonParseNode(document.RootElement.Clone()).GetObjectValue(factory)!;
    }

    /// <summary>Serializes a model as the client would send it.</summary>
    public static JsonNode? Serialize(IParsable model)
    {
        using var writer = new JsonSerializationWriter();
        writer.WriteObjectValue(null, model);
        using var stream = writer.GetSerializedContent();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return JsonNode.Parse(reader.ReadToEnd());
    }

    /// <summary>A property of a Kiota untyped object, as a plain value.</summary>
    public static object? UntypedProperty(UntypedNode? node, string name) =>
        node is UntypedObject obj && obj.GetValue().TryGetValue(name, out var value) ? Plain(value) : null;

    /// <summary>A Kiota untyped scalar as a plain value (objects and arrays stay nodes).</summary>
    public static object? Plain(UntypedNode? node) => node switch
    {
        UntypedString s => s.GetValue(),
        UntypedBoolean b => b.GetValue(),
        UntypedInteger i => i.GetValue(),
        UntypedLong l => l.GetValue(),
        UntypedDouble d => d.GetValue(),
        UntypedFloat f => f.GetValue(),
        UntypedDecimal m => m.GetValue(),
        UntypedNull => null,
        _ => node,
    };
}
