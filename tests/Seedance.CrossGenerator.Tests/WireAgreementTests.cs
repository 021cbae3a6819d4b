using Seedance.Generated.Tests.Support;

namespace Seedance.CrossGenerator.Tests;

/// <summary>
/// For every operation of every spec, each documented request example goes through our generated
/// client and through the Kiota CLI's client; the two requests must agree on the wire (method, path,
/// query, Accept, content type, body after normalization) except for the known differences.
/// </summary>
public sealed class WireAgreementTests(ReplayFixture server) : IClassFixture<ReplayFixture>
{
    /// <summary>One row per operation, named <c>provider/operationId</c>.</summary>
    public static TheoryData<string> AllOperations()
    {
        var data = new TheoryData<string>();
        foreach (var op in SpecDocument.AllOperations())
            data.Add(op.Key);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllOperations))]
    public async Task Both_clients_send_the_same_request_for_each_documented_example(string operation)
    {
        var (providerId, operationId) = (operation.Split('/')[0], operation.Split('/')[1]);
        var op = SpecDocument.Load(providerId).Operation(operationId);
        var unexplained = new List<string>();
        var seen = new HashSet<KnownDifference>();

        foreach (var crossCase in CrossCase.For(op))
        {
            var ours = await Capture(adapter => Operations.Invoke(op, adapter, crossCase.Body, crossCase.PathValue, crossCase.WithFile));
            var kiota = await Capture(adapter => KiotaOperations.Invoke(op, adapter, crossCase.Body, crossCase.PathValue, crossCase.WithFile));
            foreach (var difference in await RequestComparison.Compare(ours, kiota))
            {
                var known = KnownDifferences.All.FirstOrDefault(k => k.Matches(crossCase, difference));
                if (known is null)
                    unexplained.Add($"{crossCase.Name}: {difference}");
                else
                    seen.Add(known);
            }
        }

        Assert.True(unexplained.Count == 0,
            $"{operation}: the requests differ. Fix ours, or list the difference in KnownDifferences and docs/generator.md with why ours is right:\n  "
            + string.Join("\n  ", unexplained));
        var stale = KnownDifferences.All.Where(k => k.Operation == operation && !seen.Contains(k)).ToArray();
        Assert.True(stale.Length == 0,
            $"{operation}: known differences no longer seen (remove them here and from docs/generator.md):\n  " + string.Join("\n  ", stale));
    }

    /// <summary>The one request a client call sends to the loopback server (answered 200 with an empty object, which every model parses).</summary>
    private async Task<CapturedRequest> Capture(Func<Microsoft.Kiota.Abstractions.IRequestAdapter, Task> send)
    {
        server.Respond(200, "{}");
        await send(Wire.Adapter(server));
        return server.SingleRequest;
    }
}
