using Seedance.Generated.Tests.Support;

namespace Seedance.Generated.Tests;

/// <summary>
/// The request every operation sends, one theory over the generated operation descriptors (it replaces
/// the request tests each spec's test class used to copy): each request example of each operation, and
/// for an operation with a path parameter its example id and an id full of reserved characters. Method,
/// exact raw path, auth and accept headers, and the body: the example as JSON, a multipart form (its
/// parts are checked in detail by <see cref="CometApiVideosTests"/>), or nothing at all.
/// </summary>
public sealed class RequestTests(ReplayFixture server) : WireTests(server), IClassFixture<ReplayFixture>
{
    /// <summary>An id that must travel as one escaped segment.</summary>
    private const string ReservedId = "a/b?c#d e";

    /// <summary>Its escaped form, written out rather than computed, so the escaping is checked independently.</summary>
    private const string ReservedIdEscaped = "a%2Fb%3Fc%23d%20e";

    /// <summary>Theory rows: (operation key, request example name or "", path value or "").</summary>
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var descriptor in SeedanceOperations.All)
        {
            var examples = descriptor.RequestExamples.Count == 0 ? [""] : descriptor.RequestExamples.ToArray();
            var ids = descriptor.PathParameters.Count == 0 ? [""] : new[] { descriptor.PathParameters.Single().Example!, ReservedId };
            foreach (var example in examples)
            {
                foreach (var id in ids) data.Add(descriptor.Key, example, id);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    [CoversEveryOperation(Coverage.Request)]
    public async Task Each_operation_sends_its_request_examples_to_its_route(string operation, string exampleName, string id)
    {
        var op = SpecOperationByKey(operation);
        var descriptor = Operations.Descriptor(op);
        var example = exampleName.Length == 0 ? null : op.RequestExamples[exampleName];
        RespondWithSuccess(op);

        await Operations.Invoke(op, Wire.Adapter(Server), example, pathValue: id.Length == 0 ? null : id);

        var request = Server.SingleRequest;
        var pathValues = id.Length == 0 ? null : new Dictionary<string, string> { [descriptor.PathParameters.Single().Name] = id };
        AssertRequestLineAndHeaders(op, request, pathValues);
        Assert.Equal(ExpectedRawTarget(op, id), request.RawTarget);
        switch (op.RequestMediaType)
        {
            case null:
                AssertNoBody(request);
                break;
            case "application/json":
                AssertJsonBody(request, example!);
                break;
            case "multipart/form-data":
                Assert.StartsWith("multipart/form-data; boundary=", request.Header("Content-Type"), StringComparison.Ordinal);
                Assert.NotEmpty(request.Body);
                break;
            default:
                Assert.Fail($"{operation} sends {op.RequestMediaType}: add a body check for it here");
                break;
        }
    }

    [Fact]
    public void The_reserved_id_escapes_as_written()
    {
        // The literal above is the oracle of the escaping check; this keeps it honest.
        Assert.Equal(ReservedIdEscaped, Uri.EscapeDataString(ReservedId));
    }

    // The spec's path with the id as the server must see it: the example ids are sent as they are
    // (they hold no reserved character), the reserved id as its escaped literal.
    private static string ExpectedRawTarget(SpecOperation op, string id)
    {
        if (id.Length == 0) return op.PathTemplate;
        var start = op.PathTemplate.IndexOf('{', StringComparison.Ordinal);
        var end = op.PathTemplate.IndexOf('}', start);
        var segment = id == ReservedId ? ReservedIdEscaped : id;
        if (id != ReservedId) Assert.Equal(Uri.EscapeDataString(id), id);
        return op.PathTemplate[..start] + segment + op.PathTemplate[(end + 1)..];
    }

    private static SpecOperation SpecOperationByKey(string key) =>
        SpecDocument.AllOperations().Single(o => o.Key == key);
}
