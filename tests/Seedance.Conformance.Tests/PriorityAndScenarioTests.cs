using System.Text.Json.Nodes;
using Seedance.Conformance.Replay;
using static Seedance.Conformance.Tests.TestSupport;

namespace Seedance.Conformance.Tests;

public class PriorityAndScenarioTests
{
    [Fact]
    public async Task Lower_priority_number_wins_regardless_of_order()
    {
        await using var host = await StartWithAsync(
            """{"priority":1,"request":{"method":"GET","urlPathPattern":"/p/.*"},"response":{"status":200,"body":"specific-first"}}""",
            """{"priority":10,"request":{"method":"GET","urlPathPattern":"/p/.*"},"response":{"status":200,"body":"catch-all"}}""");
        using var client = host.CreateClient();
        Assert.Equal("specific-first", (await SendAsync(client, HttpMethod.Get, "/p/x")).Body);
    }

    [Fact]
    public async Task Equal_priority_prefers_the_most_recently_added_and_default_is_5()
    {
        await using var host = await StartWithAsync(
            """{"request":{"method":"GET","urlPath":"/r"},"response":{"body":"older"}}""",
            """{"request":{"method":"GET","urlPath":"/r"},"response":{"body":"newer"}}""",
            """{"priority":6,"request":{"method":"GET","urlPath":"/r"},"response":{"body":"lower-priority-newest"}}""");
        using var client = host.CreateClient();
        Assert.Equal("newer", (await SendAsync(client, HttpMethod.Get, "/r")).Body);
        host.AddMappingsFromJson("""{"priority":5,"request":{"method":"GET","urlPath":"/r"},"response":{"body":"explicit-5-newest"}}""");
        Assert.Equal("explicit-5-newest", (await SendAsync(client, HttpMethod.Get, "/r")).Body);
        host.AddMappingsFromJson("""{"priority":4,"request":{"method":"GET","urlPath":"/r"},"response":{"body":"four"}}""");
        Assert.Equal("four", (await SendAsync(client, HttpMethod.Get, "/r")).Body);
    }

    private const string TaskScenario = """
        {"mappings":[
          {"scenarioName":"task","requiredScenarioState":"Started","newScenarioState":"running",
           "request":{"method":"GET","urlPath":"/v1/tasks/t1"},"response":{"status":200,"jsonBody":{"id":"t1","status":"queued"}}},
          {"scenarioName":"task","requiredScenarioState":"running","newScenarioState":"succeeded",
           "request":{"method":"GET","urlPath":"/v1/tasks/t1"},"response":{"status":200,"jsonBody":{"id":"t1","status":"running"}}},
          {"scenarioName":"task","requiredScenarioState":"succeeded",
           "request":{"method":"GET","urlPath":"/v1/tasks/t1"},"response":{"status":200,"jsonBody":{"id":"t1","status":"succeeded","video_url":"https://cdn/v.mp4"}}}
        ]}
        """;

    [Fact]
    public async Task Scenario_steps_queued_running_succeeded_then_stays()
    {
        await using var host = await StartWithAsync(TaskScenario);
        using var client = host.CreateClient();
        Assert.Equal("Started", host.GetScenarioStates()["task"]);

        string Status(string body) => JsonNode.Parse(body)!["status"]!.GetValue<string>();
        Assert.Equal("queued", Status((await SendAsync(client, HttpMethod.Get, "/v1/tasks/t1")).Body));
        Assert.Equal("running", host.GetScenarioStates()["task"]);
        Assert.Equal("running", Status((await SendAsync(client, HttpMethod.Get, "/v1/tasks/t1")).Body));
        Assert.Equal("succeeded", Status((await SendAsync(client, HttpMethod.Get, "/v1/tasks/t1")).Body));
        Assert.Equal("succeeded", Status((await SendAsync(client, HttpMethod.Get, "/v1/tasks/t1")).Body));
        Assert.Equal(["Started", "running", "succeeded"], host.GetScenarios().Single().PossibleStates);

        host.ResetScenarios();
        Assert.Equal("queued", Status((await SendAsync(client, HttpMethod.Get, "/v1/tasks/t1")).Body));
        host.SetScenarioState("task", "succeeded");
        Assert.Equal("succeeded", Status((await SendAsync(client, HttpMethod.Get, "/v1/tasks/t1")).Body));
    }

    [Fact]
    public async Task Unmatched_scenario_state_is_a_near_miss_and_does_not_transition()
    {
        await using var host = await StartWithAsync("""
            {"name":"later step","scenarioName":"s","requiredScenarioState":"later","newScenarioState":"done","request":{"method":"GET","urlPath":"/s"},"response":{"status":200}}
            """);
        using var client = host.CreateClient();
        var (status, _) = await SendAsync(client, HttpMethod.Get, "/s");
        Assert.Equal(404, status);
        Assert.Contains("closest: \"later step\"", host.Journal.Unmatched.Single().UnmatchedReport, StringComparison.Ordinal);
        Assert.Equal("Started", host.GetScenarioStates()["s"]);
    }

    [Fact]
    public async Task A_step_without_newScenarioState_keeps_the_state_and_one_without_state_fields_matches_in_any_state()
    {
        // Both differ in WireMock.Net, which the translator compensates for (docs/replay-host.md).
        await using var host = await StartWithAsync("""
            {"mappings":[
              {"scenarioName":"k","requiredScenarioState":"Started","newScenarioState":"done","request":{"method":"GET","urlPath":"/k"},"response":{"body":"first"}},
              {"scenarioName":"k","requiredScenarioState":"done","request":{"method":"GET","urlPath":"/k"},"response":{"body":"done"}},
              {"scenarioName":"k","request":{"method":"GET","urlPath":"/any"},"response":{"body":"any"}}
            ]}
            """);
        using var client = host.CreateClient();
        Assert.Equal("any", (await SendAsync(client, HttpMethod.Get, "/any")).Body);
        Assert.Equal("first", (await SendAsync(client, HttpMethod.Get, "/k")).Body);
        Assert.Equal("done", (await SendAsync(client, HttpMethod.Get, "/k")).Body);
        Assert.Equal("done", (await SendAsync(client, HttpMethod.Get, "/k")).Body);
        Assert.Equal("done", host.GetScenarioStates()["k"]);
        Assert.Equal("any", (await SendAsync(client, HttpMethod.Get, "/any")).Body);
    }

    [Fact]
    public async Task Concurrent_requests_each_take_exactly_one_scenario_step()
    {
        var mappings = string.Join(",", Enumerable.Range(0, 20).Select(i =>
            $$$"""{"scenarioName":"c","requiredScenarioState":"{{{(i == 0 ? "Started" : $"s{i}")}}}","newScenarioState":"s{{{i + 1}}}","request":{"method":"GET","urlPath":"/c"},"response":{"body":"{{{i}}}"}}"""));
        await using var host = await StartWithAsync($$"""{"mappings":[{{mappings}}]}""");
        using var client = host.CreateClient();
        var bodies = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ => (await SendAsync(client, HttpMethod.Get, "/c")).Body));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), bodies.Order());
        Assert.Equal("s20", host.GetScenarioStates()["c"]);
    }
}
