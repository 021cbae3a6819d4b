using System.Text.Json.Nodes;

namespace Seedance.Conformance.Schemas;

/// <summary>
/// Something a provider sent that the spec does not describe but the clients tolerate: reported per
/// provider and operation, counted, and a failure only with <c>--strict</c>.
/// </summary>
/// <param name="Provider">The provider id.</param>
/// <param name="Operation">The operationId.</param>
/// <param name="Kind">One of <see cref="DriftKinds"/>.</param>
/// <param name="Status">The HTTP status of the response it was found in.</param>
/// <param name="Pointer">JSON pointer in the body (fields, enum values), the header name, or empty.</param>
/// <param name="Detail">What was found and where the spec says otherwise.</param>
internal sealed record DriftItem(string Provider, string Operation, string Kind, int Status, string Pointer, string Detail)
{
    /// <summary>The scenario (or recording file) it was found in; null when unknown.</summary>
    public string? Source { get; init; }

    /// <summary>One line for the console.</summary>
    public override string ToString() =>
        $"{Kind,-12} {Provider}/{Operation} {Status}{(Pointer.Length == 0 ? "" : " " + Pointer)}: {Detail}{(Source is null ? "" : $" [{Source}]")}";

    /// <summary>One object of the JSON report's <c>drift</c> array.</summary>
    public JsonObject ToJson() => new()
    {
        ["provider"] = Provider,
        ["operation"] = Operation,
        ["kind"] = Kind,
        ["status"] = Status,
        ["pointer"] = Pointer,
        ["detail"] = Detail,
        ["source"] = Source,
    };
}

/// <summary>The kinds of <see cref="DriftItem"/>.</summary>
internal static class DriftKinds
{
    /// <summary>A body field the matched schema does not declare.</summary>
    public const string Field = "field";

    /// <summary>A value outside an extensible enum's known values.</summary>
    public const string EnumValue = "enum-value";

    /// <summary>A response header the spec documents that was not sent.</summary>
    public const string Header = "header";

    /// <summary>A status code the operation does not document.</summary>
    public const string Status = "status";
}
