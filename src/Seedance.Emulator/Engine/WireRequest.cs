using System.Text.Json;
using System.Text.Json.Nodes;
using Seedance.Contracts;

namespace Seedance.Emulator.Engine;

/// <summary>
/// A JSON create body being read back into the SDK's neutral request. A field of the wrong JSON type is
/// recorded as a <see cref="ValidationProblem"/> (field, value, what is allowed) instead of throwing, so the
/// provider's one 400 lists every slip together with the validator's own findings.
/// </summary>
internal abstract class WireRequest
{
    protected WireRequest(JsonObject body) => Body = body;

    /// <summary>The body as received (stored with the job: status replies and records echo it).</summary>
    public JsonObject Body { get; }

    /// <summary>Every problem found, in the order found; empty when the request is valid.</summary>
    public IReadOnlyList<ValidationProblem> Problems => ProblemList;

    protected List<ValidationProblem> ProblemList { get; } = [];

    protected string? StringField(string name) => Read(name, JsonValueKind.String, "a string") is { } v ? v.GetValue<string>() : null;

    protected int? IntField(string name) => Read(name, JsonValueKind.Number, "an integer") is { } v
        ? (v.TryGetValue<int>(out var i) ? i : Fail<int?>(name, v.ToJsonString(), "an integer")) : null;

    protected long? LongField(string name) => Read(name, JsonValueKind.Number, "an integer") is { } v
        ? (v.TryGetValue<long>(out var l) ? l : Fail<long?>(name, v.ToJsonString(), "an integer")) : null;

    protected bool? BoolField(string name) => Body[name] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False
        ? v.GetValue<bool>()
        : Body[name] is null ? null : Fail<bool?>(name, Body[name]!.ToJsonString(), "true or false");

    /// <summary>The field when present with the given JSON kind; a problem when present with another.</summary>
    protected JsonValue? Read(string name, JsonValueKind kind, string allowed)
    {
        var node = Body[name];
        if (node is null) return null;
        if (node is JsonValue value && value.GetValueKind() == kind) return value;
        Add(name, node.ToJsonString(), allowed);
        return null;
    }

    protected string? Fail(string field, string? value, string allowed) => Fail<string?>(field, value, allowed);

    protected T Fail<T>(string field, string? value, string allowed)
    {
        Add(field, value, allowed);
        return default!;
    }

    protected void Add(string field, string? value, string allowed, string rule = "spec") =>
        ProblemList.Add(new ValidationProblem(field, value, allowed, rule));
}
