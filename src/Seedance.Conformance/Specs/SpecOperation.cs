using System.Text.Json.Nodes;

namespace Seedance.Conformance.Specs;

/// <summary>One operation of a provider spec, reduced to what the conformance suite needs.</summary>
/// <param name="Provider">The provider id (spec file stem).</param>
/// <param name="OperationId">The camelCase operationId.</param>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="PathTemplate">The path with <c>{param}</c> placeholders.</param>
/// <param name="PathParameterExamples">Each path parameter's <c>example</c>.</param>
/// <param name="RequestExamples">Named request body examples, in spec order.</param>
/// <param name="Responses">Documented responses, in spec order.</param>
internal sealed record SpecOperation(
    string Provider,
    string OperationId,
    string Method,
    string PathTemplate,
    IReadOnlyDictionary<string, string> PathParameterExamples,
    IReadOnlyList<SpecExample> RequestExamples,
    IReadOnlyList<SpecResponse> Responses)
{
    /// <summary>The path with every parameter replaced by <paramref name="values"/> (or its example).</summary>
    public string ExpandPath(IReadOnlyDictionary<string, string>? values = null)
    {
        var path = PathTemplate;
        foreach (var (name, example) in PathParameterExamples)
        {
            var value = values is not null && values.TryGetValue(name, out var v) ? v : example;
            path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }
        return path;
    }

    /// <summary>The regex for <see cref="PathTemplate"/> with one segment per parameter (for <c>urlPathPattern</c>).</summary>
    public string PathPattern()
    {
        var pattern = System.Text.RegularExpressions.Regex.Escape(PathTemplate).Replace("\\{", "{", StringComparison.Ordinal);
        foreach (var name in PathParameterExamples.Keys) pattern = pattern.Replace("{" + name + "}", "[^/]+", StringComparison.Ordinal);
        return pattern;
    }

    /// <summary>The request example with <paramref name="name"/>, else the first one, else null.</summary>
    public SpecExample? RequestExampleFor(string name) =>
        RequestExamples.FirstOrDefault(e => e.Name == name) ?? RequestExamples.FirstOrDefault();

    /// <summary>The schema node of the request body, if any (unresolved).</summary>
    public JsonNode? RequestSchema { get; init; }
}
