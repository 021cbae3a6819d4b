using System.Text.Json.Nodes;
using System.Xml.Linq;
using Seedance.Conformance.Cli;
using static Seedance.Conformance.Tests.ConformanceSupport;

namespace Seedance.Conformance.Tests;

/// <summary>The runner end to end: exit codes, filters, the table, coverage and both reports.</summary>
public class RunnerCliTests
{
    [Fact]
    public async Task The_default_run_uses_the_copies_beside_the_binary_and_passes_every_scenario()
    {
        var (exit, output, error) = await RunCliAsync([]);

        Assert.True(exit == ConformanceCli.Success, output + error);
        Assert.Contains($"{Catalog.Count} passed, 0 failed, 0 skipped", output);
        Assert.Contains("Coverage: operations 10 covered, 0 skipped, 0 missing", output);
        Assert.Contains("Providers x outcome", output);
    }

    [Fact]
    public async Task Filters_select_by_provider_and_by_glob_or_prefix()
    {
        var (exit, output, _) = await RunCliAsync(Args("--provider", "cometapi-volc", "--scenario", "*/lifecycle/*", "--scenario", "cometapi-volc/getTask/q"));

        Assert.Equal(ConformanceCli.Success, exit);
        Assert.Contains("4 passed, 0 failed, 0 skipped", output);
        Assert.Contains("getTask/queued", output);
        Assert.DoesNotContain("seedance2-ink  (", output);
    }

    [Fact]
    public async Task Reports_are_written_with_one_object_per_scenario_and_well_formed_junit()
    {
        var dir = TestSupport.TempRoot();
        var report = Path.Combine(dir, "out", "report.json");
        var junit = Path.Combine(dir, "out", "report.xml");

        var (exit, _, _) = await RunCliAsync(Args("--provider", "seedance2-ink", "--report", report, "--junit", junit));

        Assert.Equal(ConformanceCli.Success, exit);
        var json = JsonNode.Parse(File.ReadAllText(report))!;
        var scenarios = json["scenarios"]!.AsArray();
        Assert.Equal(Catalog.Count(s => s.Provider == "seedance2-ink"), scenarios.Count);
        foreach (var s in scenarios)
        {
            foreach (var field in new[] { "provider", "operation", "scenario", "mode", "outcome", "durationMs" }) Assert.NotNull(s![field]);
            Assert.True(s!.AsObject().ContainsKey("message"));
            Assert.Equal("replay", (string?)s["mode"]);
            Assert.Equal("passed", (string?)s["outcome"]);
        }
        Assert.Equal(0, (int)json["coverage"]!["statuses"]!["missing"]!);

        var xml = XDocument.Load(junit);
        var cases = xml.Descendants("testcase").ToList();
        Assert.Equal(scenarios.Count, cases.Count);
        Assert.Equal("seedance2-ink", (string?)xml.Root!.Element("testsuite")!.Attribute("name"));
        Assert.Empty(xml.Descendants("failure"));
    }

    [Fact]
    public async Task A_failing_scenario_makes_the_exit_code_non_zero_and_is_reported()
    {
        var copy = CopyRecordings();
        var body = Path.Combine(copy, "__files", "seedance2-ink", "getGeneration", "200-succeeded.json");
        File.WriteAllText(body, File.ReadAllText(body).Replace("\"succeeded\"", "\"done\"", StringComparison.Ordinal));
        var junit = Path.Combine(copy, "junit.xml");

        var (exit, output, _) = await RunCliAsync(["--specs", Paths.SpecsDirectory, "--recordings", copy, "--provider", "seedance2-ink", "--junit", junit]);

        Assert.Equal(ConformanceCli.Failures, exit);
        Assert.Contains("FAIL  getGeneration/succeeded", output);
        Assert.Contains("status: expected \"succeeded\", typed value \"done\"", output);
        Assert.Contains(XDocument.Load(junit).Descendants("failure"), f => ((string?)f.Parent!.Attribute("name"))!.EndsWith("getGeneration/succeeded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Missing_coverage_fails_the_run_even_when_every_scenario_passes()
    {
        var copy = CopyRecordings();
        File.Delete(Path.Combine(copy, "mappings", "acedata-seedance", "createVideo", "request-too-large.json"));

        var (exit, output, _) = await RunCliAsync(["--specs", Paths.SpecsDirectory, "--recordings", copy, "--provider", "acedata-seedance", "--scenario", "acedata-seedance/createVideo/success"]);

        Assert.Equal(ConformanceCli.Failures, exit);
        Assert.Contains("1 passed, 0 failed, 0 skipped", output);
        Assert.Contains("MISSING  acedata-seedance/createVideo 413", output);
    }

    [Theory]
    [InlineData("--scenario", "nothing/matches/this")]
    [InlineData("--provider", "no-such-provider")]
    [InlineData("--bogus")]
    [InlineData("--allow-spend")]
    [InlineData("--base-url", "seedance2-ink")]
    [InlineData("--live", "--base-url", "seedance2-ink")]                  // not PROVIDER=URL
    [InlineData("--live", "--base-url", "seedance2-ink=ftp://example.com")] // not http(s)
    [InlineData("--target", "not-a-url")]
    [InlineData("--prism", "seedance2-ink")]
    [InlineData("--live", "--prism", "seedance2-ink=http://localhost:1")]  // modes exclude each other
    [InlineData("--record", "out", "--target", "http://localhost:1")]      // --record is a live mode
    [InlineData("--provider")]                                             // a value is required
    [InlineData("--report")]
    [InlineData("drift")]                                                  // DIR is required
    [InlineData("drift", "a", "b")]
    [InlineData("drift", "a", "--bogus")]
    [InlineData("regenerate-recordings", "extra")]
    public async Task Bad_arguments_exit_with_a_usage_error(params string[] args)
    {
        var (exit, _, error) = await RunCliAsync(Args(args));
        Assert.Equal(ConformanceCli.UsageError, exit);
        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task List_prints_the_selected_scenarios_with_cost_and_live_policy()
    {
        var (exit, output, _) = await RunCliAsync(Args("--list", "--provider", "cometapi-videos"));
        Assert.Equal(ConformanceCli.Success, exit);
        Assert.Contains("cometapi-videos/lifecycle/succeeds  [lifecycle, spend, live run]", output);
        Assert.Contains($"{Catalog.Count(s => s.Provider == "cometapi-videos")} scenarios", output);
    }

    [Fact]
    public async Task Help_lists_every_option_and_command_the_docs_document()
    {
        var (exit, output, _) = await RunCliAsync(["--help"]);

        Assert.Equal(ConformanceCli.Success, exit);
        // docs/conformance.md's option table: every `--flag` and command in its first column.
        var docs = File.ReadAllLines(Path.Combine(Paths.SpecsDirectory, "..", "docs", "conformance.md"));
        var documented = docs.SkipWhile(l => l != "## Options").TakeWhile(l => l != "## Scenarios")
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(l => System.Text.RegularExpressions.Regex.Matches(l.Split('|')[1], "`(--[a-z-]+|[a-z][a-z-]+)").Select(m => m.Groups[1].Value))
            .Distinct().ToList();
        Assert.Contains("--base-url", documented);
        Assert.Contains("regenerate-recordings", documented);
        Assert.All(documented, flag => Assert.Contains(flag, output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Drift_help_shows_its_own_options()
    {
        var (exit, output, _) = await RunCliAsync(["drift", "--help"]);

        Assert.Equal(ConformanceCli.Success, exit);
        foreach (var flag in new[] { "<DIR>", "--specs", "--report", "--strict" }) Assert.Contains(flag, output, StringComparison.Ordinal);
        Assert.DoesNotContain("--allow-spend", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strict_turns_drift_into_a_failure_and_options_take_the_equals_form()
    {
        // A recorded 200 with a field its schema does not declare: drift, a failure only with --strict.
        var copy = CopyRecordings();
        var body = Path.Combine(copy, "__files", "seedance2-ink", "getGeneration", "200-succeeded.json");
        var json = JsonNode.Parse(File.ReadAllText(body))!.AsObject();
        json["undeclaredByTheSpec"] = 1;
        File.WriteAllText(body, json.ToJsonString());
        string[] args = ["--specs=" + Paths.SpecsDirectory, "--recordings=" + copy, "--provider=seedance2-ink", "--scenario=seedance2-ink/getGeneration/succeeded"];

        var (lenient, _, _) = await RunCliAsync(args);
        var (strict, output, _) = await RunCliAsync([.. args, "--strict"]);

        Assert.Equal(ConformanceCli.Success, lenient);
        Assert.Equal(ConformanceCli.Failures, strict);
        Assert.Contains("undeclaredByTheSpec", output, StringComparison.Ordinal);
    }
}
