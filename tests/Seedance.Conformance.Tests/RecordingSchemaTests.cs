using System.Text.Json.Nodes;
using Seedance.Conformance.Cli;
using Seedance.Conformance.Replay;
using static Seedance.Conformance.Tests.ConformanceSupport;

namespace Seedance.Conformance.Tests;

/// <summary>
/// Replay validates every recording against its spec schema (a recording that drifts fails), and
/// the drift command checks a mapping folder (the recordings, or what --record wrote) in one call.
/// </summary>
public class RecordingSchemaTests
{
    [Fact]
    public async Task Every_recording_matches_its_schema_with_no_drift()
    {
        var report = Path.Combine(TestSupport.TempRoot(), "drift.json");

        var (exit, output, _) = await RunCliAsync(["drift", Paths.RecordingsDirectory, "--specs", Paths.SpecsDirectory, "--strict", "--report", report]);

        Assert.True(exit == ConformanceCli.Success, output);
        var summary = JsonNode.Parse(File.ReadAllText(report))!["summary"]!;
        // Every mapping file of every scenario (lifecycle chains included) was matched to an operation and checked.
        Assert.Equal(Catalog.Sum(s => s.Mappings.Count), (int)summary["responses"]!);
        Assert.Equal((0, 0, 0), ((int)summary["failures"]!, (int)summary["drift"]!, (int)summary["unmatched"]!));
    }

    [Fact]
    public async Task A_recording_that_breaks_its_schema_fails_replay_and_the_drift_command()
    {
        var copy = CopyRecordings();
        // A poll in the middle of the lifecycle: the job client tolerates it, the schema does not.
        var file = Path.Combine(copy, "__files", "seedance2-ink", "getGeneration", "200-processing.json");
        var body = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        body.Remove("requestId");
        File.WriteAllText(file, body.ToJsonString());

        var (exit, output, _) = await RunCliAsync(["--specs", Paths.SpecsDirectory, "--recordings", copy, "--scenario", "seedance2-ink/lifecycle/succeeds"]);

        Assert.True(exit == ConformanceCli.Failures, output);
        Assert.Contains("schema: getGeneration 200 body /requestId: required field is missing (specs/seedance2-ink.yaml:", output, StringComparison.Ordinal);

        var (driftExit, driftOutput, _) = await RunCliAsync(["drift", copy, "--specs", Paths.SpecsDirectory]);

        Assert.True(driftExit == ConformanceCli.Failures, driftOutput);
        Assert.Contains("mappings/seedance2-ink/getGeneration/processing.json", driftOutput, StringComparison.Ordinal);
        Assert.Contains("mappings/seedance2-ink/lifecycle/succeeds.json#3", driftOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_record_mode_saved_is_listed_as_drift_by_the_drift_command()
    {
        await using var host = await ReplayHost.StartAsync();
        host.AddMappingsFromJson("""
            {"request": {"method": "GET", "urlPath": "/api/open/v1/models"},
             "response": {"status": 200, "jsonBody": {"success": true, "data": [{"id": "seedance-3.0"}], "pagination": {"next": null}}}}
            """);
        var dir = TestSupport.TempRoot();
        var (exit, output, _) = await RunCliAsync(
            Args(["--record", dir, "--base-url", $"seedance2-ink={host.BaseUrl.ToString().TrimEnd('/')}", "--scenario", "seedance2-ink/listModels/success"]),
            AllLiveKeys("sk-record-drift-test-2f7a"));
        Assert.True(exit == ConformanceCli.Success, output);
        Assert.Contains("1 passed, 0 failed, 0 skipped, 1 drift", output, StringComparison.Ordinal);

        var (driftExit, driftOutput, _) = await RunCliAsync(["drift", dir, "--specs", Paths.SpecsDirectory]);

        Assert.True(driftExit == ConformanceCli.Success, driftOutput);
        Assert.Contains("field      200 /pagination: field \"pagination\" is not in the spec (specs/seedance2-ink.yaml:", driftOutput, StringComparison.Ordinal);
        Assert.Contains("1 responses checked, 0 schema failures, 1 drift", driftOutput, StringComparison.Ordinal);

        var (strictExit, _, _) = await RunCliAsync(["drift", dir, "--specs", Paths.SpecsDirectory, "--strict"]);
        Assert.Equal(ConformanceCli.Failures, strictExit);
    }
}
