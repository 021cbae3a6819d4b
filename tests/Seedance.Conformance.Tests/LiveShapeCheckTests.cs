using System.Text.Json.Nodes;
using Seedance.Conformance.Cli;
using Seedance.Conformance.Replay;
using static Seedance.Conformance.Tests.ConformanceSupport;

namespace Seedance.Conformance.Tests;

/// <summary>
/// Live mode checks shape and codes, replay checks the recorded values: one server answers a
/// scenario with the recorded body's shape and provider code but other values (message, request id),
/// and the verdict depends only on the mode.
/// </summary>
public class LiveShapeCheckTests
{
    private const string FakeKey = "sk-live-test-fake-key-7c20";

    private static readonly Dictionary<string, string?> AllKeys = AllLiveKeys(FakeKey);

    /// <summary>Scenario, the body file it is served from (relative to <c>__files</c>), and that body with other values.</summary>
    public static TheoryData<string, string, string> ChangedBodies => new()
    {
        {
            "acedata-seedance/queryTasks/invalid-token", "acedata-seedance/queryTasks/401-invalid-token.json",
            """{"error": {"code": "invalid_token", "message": "Token rejected by the gateway."}, "trace_id": "7f3c1a52-0d4e-4b8a-9e61-2c5d8f0a9b34"}"""
        },
        {
            "seedance2-ink/lifecycle/unknown-task", "seedance2-ink/getGeneration/404-not-found.json",
            """{"success": false, "error": {"code": "not_found", "message": "No generation with this request id"}}"""
        },
    };

    [Theory]
    [MemberData(nameof(ChangedBodies))]
    public async Task Live_passes_the_recorded_shape_and_code_with_other_values(string scenario, string bodyFile, string body)
    {
        await using var host = await StartServingAsync(bodyFile, body);
        host.AddMappingsFromJson(Catalog.Single(s => s.Name == scenario).ToImportJson());
        var provider = scenario.Split('/')[0];

        var (exit, output, _) = await RunCliAsync(Args("--live", "--base-url", $"{provider}={host.BaseUrl.ToString().TrimEnd('/')}", "--scenario", scenario), AllKeys);

        Assert.True(exit == ConformanceCli.Success, output);
        Assert.Contains("1 passed, 0 failed, 0 skipped", output);
        // It passed on the changed body, not on a skip or a miss.
        var served = Assert.Single(host.Journal.Requests);
        Assert.True(served.WasMatched, served.UnmatchedReport);
    }

    [Theory]
    [MemberData(nameof(ChangedBodies))]
    public async Task Replay_fails_the_same_body_because_it_checks_the_recorded_values(string scenario, string bodyFile, string body)
    {
        // The embedded replay serves the scenario's genuine mapping from a copy of the recordings whose
        // bodyFileName now holds the changed body.
        var root = CopyRecordings();
        File.WriteAllText(Path.Combine(root, "__files", bodyFile), body);
        var expect = Catalog.Single(s => s.Name == scenario).Definition.Expect!;
        var changed = JsonNode.Parse(body)!;

        var (exit, output, _) = await RunCliAsync(["--specs", Paths.SpecsDirectory, "--recordings", root, "--scenario", scenario]);

        Assert.Equal(ConformanceCli.Failures, exit);
        Assert.Contains("0 passed, 1 failed, 0 skipped", output);
        // The operation and lifecycle checks word it slightly differently; both name what came and what was recorded.
        Assert.Contains("provider message", output);
        Assert.Contains((string)changed["error"]!["message"]!, output);
        Assert.Contains(expect.ProviderMessage!, output);
        if (expect.RequestId is not null) Assert.Contains($"request id \"{changed["trace_id"]}\", expected \"{expect.RequestId}\"", output);
        // The code was kept, so it is not what failed.
        Assert.DoesNotContain("provider code", output);
        Assert.DoesNotContain("unmatched", output);
    }

    /// <summary>A host serving the recordings' bodies, with <paramref name="bodyFile"/> replaced by <paramref name="body"/>.</summary>
    private static async Task<ReplayHost> StartServingAsync(string bodyFile, string body)
    {
        var files = Path.Combine(CopyRecordings(), "__files");
        var changed = Path.Combine(files, bodyFile);
        Assert.True(File.Exists(changed), $"{bodyFile} is not a recorded body");
        File.WriteAllText(changed, body);
        return await ReplayHost.StartAsync(new ReplayHostOptions { FilesDirectory = files });
    }
}
