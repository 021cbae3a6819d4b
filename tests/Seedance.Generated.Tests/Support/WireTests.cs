using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Seedance.Generated.Tests.Support;

/// <summary>Helpers shared by the per-spec wire tests (one replay host per test class).</summary>
public abstract class WireTests(ReplayFixture server)
{
    /// <summary>The loopback server of this test class.</summary>
    protected ReplayFixture Server { get; } = server;

    /// <summary>Theory rows: the names of the operation's documented success examples.</summary>
    protected static TheoryData<string> SuccessExampleNames(string spec, string operationId)
    {
        var data = new TheoryData<string>();
        foreach (var name in SpecDocument.Load(spec).Operation(operationId).SuccessExamples.Keys)
            data.Add(name);
        return data;
    }

    /// <summary>Theory rows: the names of the operation's request examples.</summary>
    protected static TheoryData<string> RequestExampleNames(string spec, string operationId)
    {
        var data = new TheoryData<string>();
        foreach (var name in SpecDocument.Load(spec).Operation(operationId).RequestExamples.Keys)
            data.Add(name);
        return data;
    }

    /// <summary>Answers with the operation's first success example (the request tests do not look at it).</summary>
    protected void RespondWithSuccess(SpecOperation op) =>
        Server.Respond(int.Parse(op.SuccessStatus, CultureInfo.InvariantCulture), op.SuccessExamples.First().Value.ToJsonString());

    /// <summary>Method, exact raw path (parameters escaped) and the auth/accept headers.</summary>
    protected static void AssertRequestLineAndHeaders(SpecOperation op, CapturedRequest request, IReadOnlyDictionary<string, string>? pathValues = null)
    {
        Assert.Equal(op.Method, request.Method);
        Assert.Equal(op.ExpectedPath(pathValues ?? new Dictionary<string, string>()), request.RawTarget);
        Assert.Equal("Bearer " + Wire.ApiKey, request.Header("Authorization"));
        Assert.Equal("application/json", request.Header("Accept"));
    }

    /// <summary>A request without a body: nothing sent, no Content-Type.</summary>
    protected static void AssertNoBody(CapturedRequest request)
    {
        Assert.Empty(request.Body);
        Assert.Null(request.Header("Content-Type"));
    }

    /// <summary>A JSON body structurally equal to <paramref name="example"/>, sent as <c>application/json</c>.</summary>
    protected static void AssertJsonBody(CapturedRequest request, JsonNode example)
    {
        Assert.Equal("application/json", request.Header("Content-Type"));
        Wire.AssertJsonEquivalent(example, Wire.Json(request.Body));
    }

    /// <summary>
    /// Serves the named success example, calls the executor and checks the typed result generically:
    /// it serializes back to the example, every schema-declared field is a typed property (none fell
    /// into AdditionalData), composed values chose the alternative the schema names.
    /// </summary>
    protected async Task<T> ParseSuccess<T>(SpecOperation op, string exampleName, string? pathValue = null)
        where T : IParsable
    {
        var example = op.SuccessExamples[exampleName];
        Server.Respond(int.Parse(op.SuccessStatus, CultureInfo.InvariantCulture), example.ToJsonString());
        var result = await Operations.Invoke(op, Wire.Adapter(Server), pathValue: pathValue);
        var typed = Assert.IsType<T>(result);
        Wire.AssertJsonEquivalent(example, Wire.Serialize(typed));
        Wire.AssertTypedAgainstSchema(op.Spec, op.ResponseSchema(op.SuccessStatus), typed);
        Wire.AssertNoDeclaredFieldInAdditionalData(typed);
        Assert.Single(Server.Requests);
        return typed;
    }

    /// <summary>For explicit per-example assertions: fails on an example the test does not know yet.</summary>
    protected static void UnknownExample(SpecOperation op, string name) =>
        Assert.Fail($"{op.Key} has a new success example '{name}': add explicit assertions for it to this test.");
}
