using System.Text.Json.Nodes;
using Seedance.Conformance.Cli;
using Seedance.Conformance.Live;
using Seedance.Conformance.Scenarios;
using static Seedance.Conformance.Tests.ConformanceSupport;

namespace Seedance.Conformance.Tests;

/// <summary>Live mode against the replay host posing as the live APIs (--base-url, fake keys passed through the runner's API).</summary>
public class LiveModeTests
{
    private const string FakeKey = "sk-live-test-fake-key-31d9";

    private static readonly Dictionary<string, string?> AllKeys = AllLiveKeys(FakeKey);

    [Fact]
    public async Task Free_scenarios_pass_live_and_the_rest_are_skipped_with_their_reason()
    {
        await using var host = await StartPosingHostAsync();
        var report = Path.Combine(TestSupport.TempRoot(), "live.json");

        var (exit, output, error) = await RunCliAsync(Args(["--live", .. BaseUrlArgs(host.BaseUrl), "--report", report]), AllKeys);

        Assert.True(exit == ConformanceCli.Success, output + error);
        var results = JsonNode.Parse(File.ReadAllText(report))!["scenarios"]!.AsArray().Select(r => r!.AsObject()).ToList();
        var byName = results.ToDictionary(r => (string)r["scenario"]!);
        foreach (var scenario in Catalog)
        {
            var result = byName[scenario.Name];
            Assert.Equal("live", (string?)result["mode"]);
            var expected = scenario.Definition switch
            {
                { Live: ScenarioKinds.LiveReplayOnly } => "skipped",
                { Cost: ScenarioKinds.Spend } => "skipped",
                _ => "passed",
            };
            Assert.True(expected == (string?)result["outcome"], $"{scenario.Name}: {result["outcome"]} {result["message"]}");
            if (scenario.Definition.Cost == ScenarioKinds.Spend && scenario.Definition.Live == ScenarioKinds.LiveRun)
            {
                Assert.Contains("--allow-spend", (string?)result["message"]);
            }
        }
        // The free set is what the issue asks for: bad key, invalid parameter, unknown task id, per provider.
        foreach (var provider in new[] { "cometapi-videos", "cometapi-volc", "acedata-seedance", "seedance2-ink" })
        {
            var passed = results.Where(r => (string?)r["provider"] == provider && (string?)r["outcome"] == "passed").Select(r => (string)r["scenario"]!).ToList();
            Assert.Contains(passed, n => Catalog.Single(s => s.Name == n).Definition.Expect!.Status == 401);
            Assert.Contains(passed, n => Catalog.Single(s => s.Name == n).Definition.Expect!.Status == 400 || n.Contains("invalid", StringComparison.Ordinal) || n.EndsWith("bad-request", StringComparison.Ordinal));
            Assert.Contains(passed, n => n.EndsWith("/lifecycle/unknown-task", StringComparison.Ordinal));
        }
        Assert.DoesNotContain(FakeKey, output + File.ReadAllText(report), StringComparison.Ordinal);
        // Live requests carried the user's key, except the bad-key scenarios.
        Assert.Contains(host.Journal.Requests, r => r.Request.Headers.Any(h => h.Value.Any(v => v.Contains("Bearer " + FakeKey, StringComparison.Ordinal))));
    }

    [Fact]
    public async Task A_provider_without_a_key_is_skipped_never_passed()
    {
        await using var host = await StartPosingHostAsync();
        var keys = new Dictionary<string, string?>(AllKeys) { [LiveKeys.AceData] = null };
        var report = Path.Combine(TestSupport.TempRoot(), "live.json");

        var (exit, output, _) = await RunCliAsync(Args(["--live", .. BaseUrlArgs(host.BaseUrl), "--provider", "acedata-seedance,seedance2-ink", "--report", report]), keys);

        Assert.Equal(ConformanceCli.Success, exit);
        var aceLines = output.Split('\n').Where(l => l.Contains("createVideo/", StringComparison.Ordinal) || l.Contains("queryTasks/", StringComparison.Ordinal) || l.Contains("async-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(aceLines);
        Assert.Contains("acedata-seedance  (0 passed, 0 failed,", output);
        Assert.Contains("no key: set ACEDATA_TOKEN", output);
        Assert.DoesNotContain(host.Journal.Requests, r => r.Request.Path.StartsWith("/seedance/", StringComparison.Ordinal));
        Assert.Contains(host.Journal.Requests, r => r.Request.Path.StartsWith("/api/open/", StringComparison.Ordinal));

        // The report says the same: every AceData scenario skipped, none passed. Those a key would let
        // run name the variable to set; replay-only ones keep their own reason, which a key would not change.
        var ace = JsonNode.Parse(File.ReadAllText(report))!["scenarios"]!.AsArray().Select(r => r!.AsObject())
            .Where(r => (string?)r["provider"] == "acedata-seedance").ToList();
        Assert.Equal(Catalog.Count(s => s.Provider == "acedata-seedance"), ace.Count);
        foreach (var result in ace)
        {
            var scenario = Catalog.Single(s => s.Name == (string?)result["scenario"]);
            Assert.True((string?)result["outcome"] == "skipped", $"{scenario.Name}: {result["outcome"]} {result["message"]}");
            Assert.Equal(
                scenario.Definition.Live == ScenarioKinds.LiveRun ? "no key: set ACEDATA_TOKEN" : $"replay only: {scenario.Definition.LiveReason}",
                (string?)result["message"]);
        }
        Assert.Contains(ace, r => (string?)r["message"] == "no key: set ACEDATA_TOKEN");
    }

    [Fact]
    public async Task Spend_scenarios_run_only_with_allow_spend()
    {
        await using var host = await StartPosingHostAsync();
        string[] args = ["--live", .. BaseUrlArgs(host.BaseUrl), "--scenario", "seedance2-ink/createGeneration/success"];

        var without = await RunCliAsync(Args(args), AllKeys);
        Assert.Contains("0 passed, 0 failed, 1 skipped", without.Output);
        Assert.Empty(host.Journal.Requests);

        var with = await RunCliAsync(Args([.. args, "--allow-spend"]), AllKeys);
        Assert.True(with.Exit == ConformanceCli.Success, with.Output);
        Assert.Contains("1 passed, 0 failed, 0 skipped", with.Output);
        Assert.Equal(1, host.Journal.Count(r => r.Request.Method == "POST" && r.Request.Path == "/api/open/v1/video/generations"));
    }

    [Fact]
    public async Task Live_checks_shape_and_codes_and_still_fail_on_a_wrong_code()
    {
        // The posing API answers the unknown-task request with a different error code than the spec documents.
        await using var host = await StartPosingHostAsync(s => s.Name != "cometapi-volc/getTask/task-not-exist" && s.Name != "cometapi-volc/lifecycle/unknown-task");
        host.AddMappingsFromJson("""
            {"request": {"method": "GET", "urlPath": "/volc/v3/contents/generations/tasks/UNKNOWN"},
             "response": {"status": 400, "headers": {"Content-Type": "application/json"},
                          "jsonBody": {"code": "task_gone", "message": "other words", "data": null}}}
            """.Replace("UNKNOWN", ConformanceKeys.UnknownTaskId, StringComparison.Ordinal));

        var (exit, output, _) = await RunCliAsync(Args(["--live", .. BaseUrlArgs(host.BaseUrl), "--scenario", "cometapi-volc/getTask/task-not-exist"]), AllKeys);

        Assert.Equal(ConformanceCli.Failures, exit);
        Assert.Contains("provider code \"task_gone\", expected \"task_not_exist\"", output);
    }
}
