using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Seedance.Reliability.Tests.TestKit;

namespace Seedance.Reliability.Tests.Fuzz;

/// <summary>
/// A response parser: one generated model (success or error) of one provider, driven through an
/// operation and status that use it. Its seed inputs are every documented example of that schema in
/// the provider's spec.
/// </summary>
internal sealed record FuzzParser(string Provider, string Schema, bool IsError, ReliabilityOperation Operation, HttpStatusCode Status, IReadOnlyList<JsonNode> Examples)
{
    /// <summary>E.g. <c>cometapi-volc/ArkTask</c> or <c>acedata-seedance/AceDataError (error)</c>.</summary>
    public string Name => $"{Provider}/{Schema}{(IsError ? " (error)" : "")}";

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>Finds every response parser in specs/.</summary>
internal static class FuzzParsers
{
    /// <summary>All parsers, success models first.</summary>
    public static IReadOnlyList<FuzzParser> All { get; } = Build();

    /// <summary>Parser names as theory data.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var parser in All) data.Add(parser.Name);
        return data;
    }

    /// <summary>The parser with this name.</summary>
    public static FuzzParser Get(string name) => All.Single(p => p.Name == name);

    private static List<FuzzParser> Build()
    {
        var found = new Dictionary<string, (ReliabilityOperation Op, string Status, string Schema, bool IsError, List<JsonNode> Examples)>(StringComparer.Ordinal);
        foreach (var op in OperationTable.All)
        {
            foreach (var (status, response) in op.Spec.Responses)
            {
                if (response["content"]?["application/json"]?["schema"] is not { } schemaNode) continue;
                var schema = SpecDocument.RefName(schemaNode) ?? throw new InvalidOperationException($"{op.Key} {status}: inline response schema");
                var isError = status[0] is '4' or '5';
                var key = $"{op.Provider}/{schema}/{isError}";
                if (!found.TryGetValue(key, out var entry))
                {
                    entry = (op, status, schema, isError, []);
                    found[key] = entry;
                }
                entry.Examples.AddRange(op.Spec.ResponseExamples(status).Values);
            }
        }
        return found.Values
            .OrderBy(e => e.IsError)
            .Select(e => new FuzzParser(e.Op.Provider, e.Schema, e.IsError, e.Op,
                (HttpStatusCode)int.Parse(e.Status, CultureInfo.InvariantCulture), e.Examples))
            .ToList();
    }
}
