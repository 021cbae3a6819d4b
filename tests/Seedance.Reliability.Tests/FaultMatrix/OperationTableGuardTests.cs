using Seedance.Conformance.Replay;
using Seedance.Contracts;
using Seedance.Reliability.Tests.TestKit;

namespace Seedance.Reliability.Tests.FaultMatrix;

/// <summary>The operation table covers every operation in specs/, and each entry calls the route it claims.</summary>
public sealed class OperationTableGuardTests(ReplayHostFixture fixture) : IClassFixture<ReplayHostFixture>
{
    [Fact]
    public void Table_covers_every_operation_of_every_spec()
    {
        var specs = Directory.GetFiles(SpecDocument.SpecsDirectory, "*.yaml").Select(Path.GetFileNameWithoutExtension)
            .Where(n => !n!.StartsWith('.')).Order().ToArray();
        Assert.Equal(SpecDocument.Ids.Order(), specs);
        var fromSpecs = SpecDocument.AllOperations().Select(o => $"{o.Key} {o.Method} {o.PathTemplate}").Order();
        var fromTable = OperationTable.All.Select(o => $"{o.Key} {o.Method} {o.PathTemplate}").Order();
        Assert.Equal(fromSpecs, fromTable);
    }

    [Fact]
    public void Only_paid_create_posts_are_create_calls()
    {
        // Every POST whose success means "a job was accepted" is Create; reads and the cancel are Idempotent (see SafetyReason).
        Assert.Equal(
            ["acedata-seedance/createVideo", "cometapi-videos/createVideo", "cometapi-volc/createTask", "seedance2-ink/createGeneration"],
            OperationTable.All.Where(o => o.Safety == RequestSafety.Create).Select(o => o.Key).Order());
        Assert.All(OperationTable.All.Where(o => o.Method == "GET"), o => Assert.Equal(RequestSafety.Idempotent, o.Safety));
    }

    [Theory]
    [MemberData(nameof(OperationTable.Keys), MemberType = typeof(OperationTable))]
    public async Task Entry_sends_one_request_to_its_route_and_parses_the_documented_success(string operation)
    {
        var op = OperationTable.Get(operation);
        var host = fixture.Host;
        host.Reset();
        host.Given(RequestPattern.For(op.Method, op.ExamplePath)).RespondWith(Faults.Status(200, OperationTable.SuccessBody(op)));
        using var pipeline = SeedancePipeline.Create(TestClients.Options(host.BaseUrl, new AutoAdvancingTimeProvider()), op.Provider);
        var (result, error) = await TestClients.Capture(op, pipeline);
        Assert.Null(error);
        Assert.NotNull(result);
        var entry = Assert.Single(host.Journal.Requests);
        Assert.True(entry.WasMatched, entry.UnmatchedReport);
        Assert.Equal("Bearer " + TestClients.FakeKey, entry.Request.GetHeader("Authorization"));
        if (op.Method == "POST" && op.Spec.RequestExamples.Count > 0) Assert.True(entry.Request.BodySize > 0);
    }
}
