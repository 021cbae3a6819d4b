using System.Globalization;
using System.Text.Json.Nodes;

namespace Seedance.Contracts.Tests.JobKit;

/// <summary>
/// Named examples of <c>specs/*.yaml</c> by method and path (through the shared reader, <see cref="SpecDocument"/>),
/// so replay mappings serve exactly the documented bodies and no test hard-codes one.
/// </summary>
internal static class SpecExamples
{
    /// <summary>The example <paramref name="name"/> of the response <paramref name="status"/> of <c>method path</c>.</summary>
    public static JsonNode Response(string provider, string method, string path, int status, string name) =>
        Named(Operation(provider, method, path).ResponseExamples(status.ToString(CultureInfo.InvariantCulture)), provider, $"{method} {path} {status}", name);

    /// <summary>The request-body example <paramref name="name"/> of <c>method path</c>.</summary>
    public static JsonNode Request(string provider, string method, string path, string name) =>
        Named(Operation(provider, method, path).RequestExamples, provider, $"{method} {path} request", name);

    /// <summary>The values of <c>components.schemas.{schema}.enum</c>.</summary>
    public static IReadOnlyList<string> EnumValues(string provider, string schema) =>
        SpecDocument.Load(provider).Root["components"]?["schemas"]?[schema]?["enum"] is JsonArray values
            ? values.Select(v => v!.ToString()).ToArray()
            : throw new KeyNotFoundException($"{provider}: no enum schema {schema}");

    private static SpecOperation Operation(string provider, string method, string path) =>
        SpecDocument.Load(provider).Operations.SingleOrDefault(o => o.Method == method.ToUpperInvariant() && o.PathTemplate == path)
        ?? throw new KeyNotFoundException($"{provider}: no operation {method} {path}");

    private static JsonNode Named(IReadOnlyDictionary<string, JsonNode> examples, string provider, string where, string name) =>
        examples.TryGetValue(name, out var value) ? value.DeepClone() : throw new KeyNotFoundException($"{provider}: {where} has no example '{name}'");
}
