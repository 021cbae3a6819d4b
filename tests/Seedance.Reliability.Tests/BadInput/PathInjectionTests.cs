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
        using var pipeline = SeedancePipeline.Create(TestClients.Options(fixture.Host.BaseUrl, new AutoAdvancingTimeProvider()), op.Provider);
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

    /// <summary>
    /// The job clients are stricter than the generated layer: an id that <see cref="JobIdRule"/> calls
    /// implausible (a separator, '?', '#', '%', whitespace, a control character, a dot segment) is refused
    /// with a message naming the id and the problem, and nothing is sent; any other id is sent escaped.
    /// </summary>
    [Theory]
    [MemberData(nameof(JobClientCases))]
    public async Task Job_client_refuses_implausible_ids_and_escapes_the_rest(string operation, string id)
    {
        var op = OperationTable.Get(operation);
        Arrange(op);
        using var client = SeedanceJobClients.Create(op.Provider, new SeedanceApiKey(TestClients.FakeKey),
            TestClients.Options(fixture.Host.BaseUrl, new AutoAdvancingTimeProvider()));
        var error = await Record.ExceptionAsync(() => (op.OperationId == "cancelGeneration" ? client.CancelAsync(id) : client.GetStatusAsync(id)).WaitAsync(TestClients.HangGuard));
        AssertRefusedOrEscaped(op, id, error);
        var problem = string.IsNullOrWhiteSpace(id) ? "whitespace" : JobIdRule.Problem(id);
        if (problem is null)
        {
            Assert.Single(fixture.Host.Journal.Requests);
            return;
        }
        Assert.Empty(fixture.Host.Journal.Requests);
        var refusal = Assert.IsType<ArgumentException>(error);
        Assert.Equal("jobId", refusal.ParamName);
        Assert.Contains(problem, refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was sent", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', refusal.Message); // a CR/LF in the id is shown escaped, never raw
        Assert.Throws<ArgumentException>(() => client.GetJob(id));
    }

    /// <summary>AceData's ids travel in a JSON body, where escaping is not the question; the same rule still refuses them.</summary>
    [Theory]
    [MemberData(nameof(AceDataIds))]
    public async Task AceData_refuses_the_same_implausible_ids_and_sends_nothing(string id)
    {
        var host = fixture.Host;
        host.Reset();
        host.Given(RequestPattern.ForPathPattern("ANY", ".*")).WithName("trap").RespondWith(Faults.Status(418, "trap", "text/plain"));
        using var client = SeedanceJobClients.Create(ProviderId.AceDataSeedance, new SeedanceApiKey(TestClients.FakeKey),
            TestClients.Options(host.BaseUrl, new AutoAdvancingTimeProvider()));
        var error = await Record.ExceptionAsync(() => client.GetStatusAsync(id).WaitAsync(TestClients.HangGuard));
        Assert.Empty(host.Journal.Requests);
        Assert.Contains(JobIdRule.Problem(id)!, Assert.IsType<ArgumentException>(error).Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> AceDataIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in CraftedIds.Where(i => !string.IsNullOrWhiteSpace(i) && JobIdRule.Problem(i) is not null)) data.Add(id);
        return data;
    }

    [Theory]
    [InlineData("task_01JQZ8V7N4", null)]
    [InlineData("cgt-20251222073134-54qcw", null)]
    [InlineData("2efa9340-b21b-4e26-9e14-4aac95f343ab", null)]
    [InlineData("req_1234567890", null)]
    [InlineData("021773297205999example", null)]
    [InlineData("ünïcödé-任务", null)]
    [InlineData("..", "is a dot segment")]
    [InlineData("a/b", "path separator '/'")]
    [InlineData("a\\b", "path separator '\\'")]
    [InlineData("x?y", "'?'")]
    [InlineData("x#y", "'#'")]
    [InlineData("%2e", "'%'")]
    [InlineData("a b", "whitespace")]
    [InlineData("a\u0000b", "U+0000")]
    public void The_rule_accepts_every_documented_id_shape_and_names_each_problem(string id, string? problem)
    {
        var found = JobIdRule.Problem(id);
        if (problem is null) Assert.Null(found);
        else Assert.Contains(problem, found, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rule_takes_ids_up_to_MaxLength_and_names_the_length_beyond()
    {
        Assert.Null(JobIdRule.Problem(new string('a', JobIdRule.MaxLength)));
        Assert.Contains("is 257 characters long", JobIdRule.Problem(new string('a', JobIdRule.MaxLength + 1)), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_provider_with_an_id_route_is_covered()
    {
        var covered = JobClientCases().Select(row => (string)row[0]).ToHashSet();
        Assert.Equal(OperationTable.All.Where(o => o.HasId).Select(o => o.Key).Order(), covered.Order());
        Assert.Contains(ProviderId.AceDataSeedance, ProviderId.All); // AceData's ids travel in a JSON body (queryTasks), not in a path
    }
}
