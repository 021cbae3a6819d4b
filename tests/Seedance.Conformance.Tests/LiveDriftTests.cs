using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Seedance.Conformance.Cli;
using Seedance.Conformance.Replay;
using static Seedance.Conformance.Tests.ConformanceSupport;

namespace Seedance.Conformance.Tests;

/// <summary>
/// Live mode against a scripted host posing as Seedance2.ink that lies in one way per case: schema
/// breaks fail the scenario with the body pointer and the spec location; what clients tolerate (a new
/// field, a new enum value, an undocumented status) is drift, and a failure only with --strict.
/// </summary>
public class LiveDriftTests
{
    private const string FakeKey = "sk-drift-canary-5be0c7a1f3";
    private const string Create = "seedance2-ink/createGeneration/success";
    private const string Documented = """{"success": true, "requestId": "req_1", "status": "queued", "creditsCharged": 40}""";

    public static TheoryData<string, int, string, string, string> Breaks => new()
    {
        // case, status, content type, body, what the failure message must say
        { "required field missing", 200, """{"success": true, "status": "queued"}""", "body /requestId: required field is missing", "#/components/schemas/CreateGenerationResponse/required" },
        { "field renamed", 200, """{"success": true, "id": "req_1", "status": "queued"}""", "body /requestId: required field is missing", "#/components/schemas/CreateGenerationResponse/required" },
        { "type changed", 200, """{"success": "yes", "requestId": "req_1", "status": "queued"}""", "body /success:", "#/components/schemas/CreateGenerationResponse/properties/success/type" },
        { "value out of range", 200, """{"success": true, "requestId": "req_1", "status": "queued", "creditsCharged": -5}""", "body /creditsCharged:", "/properties/creditsCharged/minimum" },
        { "not JSON", 200, "<html>upstream maintenance</html>", "body (root): the body is not JSON", "#/paths/~1api~1open~1v1~1video~1generations/post/responses/200" },
    };

    [Theory]
    [MemberData(nameof(Breaks))]
    public async Task A_body_that_breaks_its_schema_fails_the_scenario_with_the_body_pointer_and_the_spec_location(string name, int status, string body, string pointerText, string specText)
    {
        var contentType = body.StartsWith('<') ? "text/html" : "application/json";
        var (exit, output, report) = await RunAgainstAsync(status, contentType, body, strict: false);

        Assert.True(exit == ConformanceCli.Failures, name + ": " + output);
        var result = report["scenarios"]!.AsArray().Single()!;
        Assert.Equal("failed", (string?)result["outcome"]);
        var message = (string)result["message"]!;
        Assert.Contains("schema: createGeneration 200 " + pointerText, message, StringComparison.Ordinal);
        Assert.Contains("specs/seedance2-ink.yaml:", message, StringComparison.Ordinal);
        Assert.Contains(specText, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_renamed_field_is_also_reported_as_drift_under_its_new_name()
    {
        var (_, output, report) = await RunAgainstAsync(200, "application/json", """{"success": true, "id": "req_1", "status": "queued"}""", strict: false);

        var drift = report["drift"]!.AsArray().Single()!;
        Assert.Equal("field", (string?)drift["kind"]);
        Assert.Equal("/id", (string?)drift["pointer"]);
        Assert.Contains("0 passed, 1 failed, 0 skipped, 1 drift", output, StringComparison.Ordinal);
    }

    public static TheoryData<string, int, string, string, string> Tolerated => new()
    {
        // case, status, body, drift kind, drift pointer
        { "new field", 200, """{"success": true, "requestId": "req_1", "status": "queued", "region": "eu-west"}""", "field", "/region" },
        { "new enum value", 200, """{"success": true, "requestId": "req_1", "status": "throttled"}""", "enum-value", "/status" },
        { "undocumented status", 201, Documented, "status", "" },
    };

    [Theory]
    [MemberData(nameof(Tolerated))]
    public async Task What_clients_tolerate_is_drift_that_passes_and_fails_only_with_strict(string name, int status, string body, string kind, string pointer)
    {
        var reportFile = Path.Combine(TestSupport.TempRoot(), "tolerated.json");
        var (exit, output, report) = await RunAgainstAsync(status, "application/json", body, strict: false, reportFile: reportFile);

        Assert.True(exit == ConformanceCli.Success, name + ": " + output);
        Assert.Contains("1 passed, 0 failed, 0 skipped, 1 drift", output, StringComparison.Ordinal);
        Assert.Contains("Drift (1)", output, StringComparison.Ordinal);
        var drift = report["drift"]!.AsArray().Single()!;
        Assert.Equal(("seedance2-ink", "createGeneration", kind, status, pointer),
            ((string?)drift["provider"], (string?)drift["operation"], (string?)drift["kind"], (int)drift["status"]!, (string?)drift["pointer"]));
        Assert.Equal(1, (int)report["summary"]!["drift"]!);
        Assert.Equal(1, (int)report["scenarios"]![0]!["drift"]!);
        var junit = System.Xml.Linq.XDocument.Load(Path.ChangeExtension(reportFile, ".xml"));
        Assert.Contains("drift: " + kind, junit.Descendants("system-out").Single().Value, StringComparison.Ordinal);

        var (strictExit, strictOutput, strictReport) = await RunAgainstAsync(status, "application/json", body, strict: true);

        Assert.True(strictExit == ConformanceCli.Failures, name + " --strict: " + strictOutput);
        Assert.Contains("drift (--strict): " + kind, (string)strictReport["scenarios"]![0]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_answering_200_with_an_empty_object_to_everything_fails_every_scenario_it_answers()
    {
        // The issue's reproduction: listModels/success and, with --allow-spend, createGeneration/success
        // used to pass; the lifecycles now fail on the submit reply too.
        await using var host = await ReplayHost.StartAsync();
        host.AddMappingsFromJson("""{"request": {"method": "ANY", "urlPathPattern": "/.*"}, "response": {"status": 200, "jsonBody": {}}}""");
        var reportFile = Path.Combine(TestSupport.TempRoot(), "empty.json");

        var (exit, output, _) = await RunCliAsync(
            Args(["--live", "--allow-spend", "--base-url", $"seedance2-ink={host.BaseUrl.ToString().TrimEnd('/')}", "--provider", "seedance2-ink", "--report", reportFile]),
            AllLiveKeys(FakeKey));

        Assert.True(exit == ConformanceCli.Failures, output);
        var results = JsonNode.Parse(File.ReadAllText(reportFile))!["scenarios"]!.AsArray().ToDictionary(r => (string)r!["scenario"]!, r => r!);
        foreach (var (name, pointer) in new[]
        {
            ("seedance2-ink/listModels/success", "listModels 200 body /success"),
            ("seedance2-ink/createGeneration/success", "createGeneration 200 body /requestId"),
            ("seedance2-ink/lifecycle/succeeds", "createGeneration 200 body /requestId"),
        })
        {
            Assert.True((string?)results[name]["outcome"] == "failed", $"{name}: {results[name]["outcome"]} {results[name]["message"]}");
            Assert.Contains("schema: " + pointer + ": required field is missing", (string)results[name]["message"]!, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(results.Values, r => (string?)r["outcome"] == "passed");
    }

    // acedata-seedance is not a row: its create reply (VideoResult) declares every field optional on
    // purpose (the asynchronous reply carries only task_id, a failed one only error), so an empty object
    // conforms there; its type and range breaks are caught like any other provider's.
    [Theory]
    [InlineData("cometapi-videos")]
    [InlineData("cometapi-volc")]
    [InlineData("seedance2-ink")]
    public async Task Each_provider_posed_by_a_server_answering_an_empty_object_fails_on_its_required_fields(string provider)
    {
        await using var host = await ReplayHost.StartAsync();
        host.AddMappingsFromJson("""{"request": {"method": "ANY", "urlPathPattern": "/.*"}, "response": {"status": 200, "jsonBody": {}}}""");
        var reportFile = Path.Combine(TestSupport.TempRoot(), provider + "-empty.json");

        var (exit, output, _) = await RunCliAsync(
            Args(["--live", "--allow-spend", "--base-url", $"{provider}={host.BaseUrl.ToString().TrimEnd('/')}", "--provider", provider, "--report", reportFile]),
            AllLiveKeys(FakeKey));

        Assert.True(exit == ConformanceCli.Failures, output);
        var results = JsonNode.Parse(File.ReadAllText(reportFile))!["scenarios"]!.AsArray();
        Assert.DoesNotContain(results, r => (string?)r!["outcome"] == "passed");
        Assert.Contains(results, r => ((string?)r!["message"] ?? "").Contains("required field is missing", StringComparison.Ordinal));
        Assert.DoesNotContain(FakeKey, File.ReadAllText(reportFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fully_documented_server_passes_with_zero_drift()
    {
        var (exit, output, report) = await RunAgainstAsync(200, "application/json", Documented, strict: true);

        Assert.True(exit == ConformanceCli.Success, output);
        Assert.Contains("1 passed, 0 failed, 0 skipped, 0 drift", output, StringComparison.Ordinal);
        Assert.Empty(report["drift"]!.AsArray());
    }

    [Fact]
    public async Task Every_free_live_scenario_against_the_documented_bodies_has_zero_drift()
    {
        await using var host = await StartPosingHostAsync();
        var reportFile = Path.Combine(TestSupport.TempRoot(), "live.json");

        var (exit, output, _) = await RunCliAsync(Args(["--live", "--strict", .. BaseUrlArgs(host.BaseUrl), "--report", reportFile]), AllLiveKeys(FakeKey));

        Assert.True(exit == ConformanceCli.Success, output);
        var report = JsonNode.Parse(File.ReadAllText(reportFile))!;
        Assert.True((int)report["summary"]!["passed"]! > 0);
        Assert.Empty(report["drift"]!.AsArray());
    }

    [Fact]
    public async Task The_key_never_appears_in_a_drift_item_or_a_report()
    {
        // A provider that echoes the key as a field name and as an enum value: both are drift.
        var body = $$"""{"success": true, "requestId": "req_1", "status": "{{FakeKey}}", "{{FakeKey}}": 1}""";

        var (exit, output, report) = await RunAgainstAsync(200, "application/json", body, strict: false);

        Assert.True(exit == ConformanceCli.Success, output);
        Assert.Equal(2, report["drift"]!.AsArray().Count);
        Assert.DoesNotContain(FakeKey, output, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeKey, report.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("REDACTED", report["drift"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_documented_response_header_that_is_missing_is_drift()
    {
        // No spec documents a response header today: a copy of the specs documents one on the create reply.
        var specs = TestSupport.TempRoot();
        foreach (var file in Directory.EnumerateFiles(Paths.SpecsDirectory, "*.yaml")) File.Copy(file, Path.Combine(specs, Path.GetFileName(file)));
        var path = Path.Combine(specs, "seedance2-ink.yaml");
        var yaml = File.ReadAllText(path);
        const string Anchor = "          description: Job accepted and charged.\n";
        Assert.Contains(Anchor, yaml, StringComparison.Ordinal);
        File.WriteAllText(path, yaml.Replace(Anchor, Anchor + "          headers:\n            X-Credits-Remaining: {description: Credits left., schema: {type: integer}}\n", StringComparison.Ordinal));

        var (exit, output, report) = await RunAgainstAsync(200, "application/json", Documented, strict: false, ["--specs", specs]);

        Assert.True(exit == ConformanceCli.Success, output);
        var drift = report["drift"]!.AsArray().Single()!;
        Assert.Equal(("header", "X-Credits-Remaining"), ((string?)drift["kind"], (string?)drift["pointer"]));
    }


    /// <summary>Runs the paid create scenario live against a host that answers every create with the given reply.</summary>
    private static async Task<(int Exit, string Output, JsonNode Report)> RunAgainstAsync(int status, string contentType, string body, bool strict, string[]? extra = null, string? reportFile = null)
    {
        await using var host = await ReplayHost.StartAsync();
        host.Given(RequestPattern.For("POST", "/api/open/v1/video/generations")).RespondWith(async (context, ct) =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, ct);
        });
        reportFile ??= Path.Combine(TestSupport.TempRoot(), "drift.json");
        string[] args =
        [
            "--live", "--allow-spend", "--base-url", $"seedance2-ink={host.BaseUrl.ToString().TrimEnd('/')}",
            "--scenario", Create, "--report", reportFile, "--junit", Path.ChangeExtension(reportFile, ".xml"), .. strict ? new[] { "--strict" } : [], .. extra ?? [],
        ];
        var (exit, output, error) = await RunCliAsync(Args(args), AllLiveKeys(FakeKey));
        Assert.True(File.Exists(reportFile), output + error);
        return (exit, output + error, JsonNode.Parse(await File.ReadAllTextAsync(reportFile))!);
    }
}
