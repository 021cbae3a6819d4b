using System.Text.Json.Nodes;

namespace Seedance.CrossGenerator.Tests;

/// <summary>One request both clients send: an operation's named request example (or, without a body, its path example).</summary>
public sealed record CrossCase(SpecOperation Operation, string Name, JsonNode? Body, string? PathValue, bool WithFile)
{
    /// <summary>The name of the case when an operation has no request body.</summary>
    public const string NoBody = "(no body)";

    /// <summary>
    /// The cases of an operation: each named request example; a multipart example once more with a file
    /// part (its name suffixed <c>+file</c>: the spec has no file example, so the bytes are the wire tests'
    /// fixed PNG header); one case for an operation without a body.
    /// </summary>
    public static IEnumerable<CrossCase> For(SpecOperation op)
    {
        var pathValue = op.PathParameters.Select(p => op.PathParameterExample(p["name"]!.GetValue<string>())).SingleOrDefault();
        if (op.RequestExamples.Count == 0)
        {
            Assert.True(op.RequestMediaType is null, $"{op.Key} has a request body without a named example");
            yield return new CrossCase(op, NoBody, null, pathValue, false);
            yield break;
        }
        foreach (var (name, example) in op.RequestExamples)
        {
            yield return new CrossCase(op, name, example, pathValue, false);
            if (op.RequestMediaType == "multipart/form-data")
                yield return new CrossCase(op, name + "+file", example, pathValue, true);
        }
    }
}
