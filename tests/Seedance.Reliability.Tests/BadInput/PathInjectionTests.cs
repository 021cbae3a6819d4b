using System.Text.RegularExpressions;
using Seedance.Conformance.Replay;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Jobs;
using Seedance.Reliability.Tests.TestKit;

namespace Seedance.Reliability.Tests.BadInput;

/// <summary>
/// §5: task ids holding <c>../</c>, <c>?</c>, <c>#</c>, <c>/</c>, spaces, escapes or unicode. Through every
/// generated item builder (and the job clients on top of them) such an id is either refused before
/// anything is sent, or sent percent-encoded as ONE path segment of the intended route: a catch-all
/// mapping on every other route is never hit.
/// </summary>
public sealed class PathInjectionTests(ReplayHostFixture fixture) : IClassFixture<ReplayHostFixture>
{
    public static readonly string[] CraftedIds =
    [
        "../../seedance/videos", "..", ".", "../", "./x", "x/../../admin", "x?admin=1#frag", "x#frag", "a/b", "/", "//evil.example.com/x",
        "with space", " leading", "%2e%2e", "%2E%2E%2F", "..%2f..%2fv1", "%00", "x\r\nHost: evil", "ünïcödé-任务", "😀", "a;b=c", "a\\..\\b",
        "?", "#", "&", "=", "@evil.example.com", "http://evil.example.com/", "~user", "x%", "x%zz",
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var op in OperationTable.All.Where(o => o.HasId))
            foreach (var id in CraftedIds) data.Add(op.Key, id);
        return data;
    }

    /// <summary>The intended route (the id as one segment) answers the documented success; everything else is a trap.</summary>
    private void Arrange(ReliabilityOperation op)
    {
        var host = fixture.Host;
        host.Reset();
        var start = op.PathTemplate.IndexOf('{', StringComparison.Ordinal);
        var end = op.PathTemplate.IndexOf('}', start);
        var route = Regex.Escape(op.PathTemplate[..start]) + "[^/?#]+" + Regex.Escape(op.PathTemplate[(end + 1)..]);
        host.Given(RequestPattern.ForPathPattern(op.Method, route)).WithName("intended").RespondWith(Faults.Status(200, OperationTable.SuccessBody(op)));
        host.Given(RequestPattern.ForPathPattern("ANY", ".*")).WithName("trap").AtPriority(100).RespondWith(Faults.Status(418, "trap", "text/plain"));
    }

    private void AssertRefusedOrEscaped(ReliabilityOperation op, string id, Exception? error)
    {
        var journal = fixture.Host.Journal.Requests;
        Assert.True(journal.All(e => e.MappingName == "intended"), $"id '{id}' reached another route: {string.Join(", ", journal)}");
        if (journal.Count == 0)
        {
            // Refused before sending, with an error that names the parameter.
            Assert.True(error is ArgumentException, $"id '{id}': nothing was sent but the error is {error}");
            Assert.Matches("(?i)(path parameter|id|job)", error!.Message);
            return;
        }
        var entry = Assert.Single(journal);
        Assert.Equal(op.Method, entry.Request.Method);
        Assert.Equal(op.PathFor(id), entry.Request.Path);
        Assert.Equal("", entry.Request.Query);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Generated_item_builder_refuses_or_escapes_the_id(string operation, string id)
    {
        var op = OperationTable.Get(operation);
        Arrange(op);
        using var pipeline = SeedancePipeline.Create(TestClients.Options(fixture.Host.BaseUrl, new VirtualTimeProvider()), op.Provider);
        var (_, error) = await TestClients.Capture(op, pipeline, id);
        AssertRefusedOrEscaped(op, id, error);
    }

    public static TheoryData<string, string> JobClientCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in CraftedIds)
        {
            data.Add("cometapi-videos/getVideo", id);
            data.Add("cometapi-volc/getTask", id);
            data.Add("seedance2-ink/getGeneration", id);
            data.Add("seedance2-ink/cancelGeneration", id);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(JobClientCases))]
    public async Task Job_client_refuses_or_escapes_the_id(string operation, string id)
    {
        var op = OperationTable.Get(operation);
        Arrange(op);
        using var client = SeedanceJobClients.Create(op.Provider, new SeedanceApiKey(TestClients.FakeKey),
            TestClients.Options(fixture.Host.BaseUrl, new VirtualTimeProvider()));
        var error = await Record.ExceptionAsync(() => (op.OperationId == "cancelGeneration" ? client.CancelAsync(id) : client.GetStatusAsync(id)).WaitAsync(TestClients.HangGuard));
        AssertRefusedOrEscaped(op, id, error);
    }

    [Fact]
    public void Every_provider_with_an_id_route_is_covered()
    {
        var covered = JobClientCases().Select(row => (string)row[0]).ToHashSet();
        Assert.Equal(OperationTable.All.Where(o => o.HasId).Select(o => o.Key).Order(), covered.Order());
        Assert.Contains(ProviderId.AceDataSeedance, ProviderId.All); // AceData's ids travel in a JSON body (queryTasks), not in a path
    }
}
