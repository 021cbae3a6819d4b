using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;

namespace Seedance.Generated.Runtime;

/// <summary>
/// What an <see cref="OperationInvoker"/> sends: a request example (JSON body, or the fields of a
/// multipart form as a JSON object), path values and file parts. The generated invokers read it
/// through the typed helpers below, so a spec example reaches the generated models the way a
/// response does (Kiota's JSON parse node), not through a hand-written copy.
/// </summary>
internal sealed class OperationArguments
{
    /// <summary>The body: a JSON request example, or for a multipart operation its text fields (strings or numbers).</summary>
    public JsonNode? Body { get; init; }

    /// <summary>Path parameter values by name; a missing one falls back to the spec's example.</summary>
    public IReadOnlyDictionary<string, string>? Path { get; init; }

    /// <summary>File parts of a multipart body by wire name.</summary>
    public IReadOnlyDictionary<string, MultipartFile>? Files { get; init; }

    /// <summary>The value of a path parameter, or <paramref name="example"/> when none is given.</summary>
    /// <exception cref="ArgumentException">Neither a value nor an example exists.</exception>
    public string PathValue(string name, string? example) =>
        Path is not null && Path.TryGetValue(name, out var value) ? value
        : example ?? throw new ArgumentException($"no value for path parameter '{name}' and the spec gives no example", nameof(name));

    /// <summary>The JSON body parsed into a generated model.</summary>
    public T ParseBody<T>(string operation, ParsableFactory<T> factory) where T : IParsable
    {
        using var document = JsonDocument.Parse(RequireBody(operation).ToJsonString());
        return new JsonParseNode(document.RootElement.Clone()).GetObjectValue(factory)
            ?? throw new ArgumentException($"{operation}: the body is not an object", nameof(operation));
    }

    /// <summary>The JSON body (an array) parsed into a list of generated models.</summary>
    public List<T> ParseBodyList<T>(string operation, ParsableFactory<T> factory) where T : IParsable
    {
        using var document = JsonDocument.Parse(RequireBody(operation).ToJsonString());
        return new JsonParseNode(document.RootElement.Clone()).GetCollectionOfObjectValues(factory).ToList();
    }

    /// <summary>
    /// Fails when the form has a field the invoker cannot set, so an example that gains a field is
    /// noticed instead of silently sent without it.
    /// </summary>
    public void CheckFormFields(string operation, params string[] settable)
    {
        var fields = RequireBody(operation) as JsonObject ?? throw new ArgumentException($"{operation}: the form fields must be a JSON object", nameof(operation));
        var unknown = fields.Select(kv => kv.Key).Where(k => Array.IndexOf(settable, k) < 0).ToArray();
        if (unknown.Length > 0)
            throw new ArgumentException($"{operation}: the form has fields the generated invoker does not set: {string.Join(", ", unknown)}", nameof(operation));
    }

    /// <summary>A form field as text (a JSON string as is, a number or boolean in its JSON form), or null.</summary>
    public string? FormText(string name) => (Body as JsonObject)?[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonNode n => n.ToJsonString(),
    };

    /// <summary>A form field as an <see cref="int"/>.</summary>
    public int? FormInt(string name) => FormText(name) is { } s ? int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture) : null;

    /// <summary>A form field as a <see cref="long"/>.</summary>
    public long? FormLong(string name) => FormText(name) is { } s ? long.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture) : null;

    /// <summary>A form field as a <see cref="double"/>.</summary>
    public double? FormDouble(string name) => FormText(name) is { } s ? double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    /// <summary>A form field as a <see cref="bool"/>.</summary>
    public bool? FormBool(string name) => FormText(name) is { } s ? bool.Parse(s) : null;

    /// <summary>A form field as a <see cref="DateTimeOffset"/>.</summary>
    public DateTimeOffset? FormDateTime(string name) => FormText(name) is { } s ? DateTimeOffset.Parse(s, CultureInfo.InvariantCulture) : null;

    /// <summary>The file part <paramref name="name"/>, or null.</summary>
    public MultipartFile? File(string name) => Files is not null && Files.TryGetValue(name, out var file) ? file : null;

    private JsonNode RequireBody(string operation) =>
        Body ?? throw new ArgumentException($"{operation} needs a request body", nameof(operation));
}
