using System.Text.Json.Nodes;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Validation;

namespace Seedance.Cli.Tests;

[Collection(EmulatorCollection.Name)]
public sealed class ValidateCommandTests(EmulatorFixture fixture)
{
    [Theory]
    [MemberData(nameof(CliHarness.Providers), MemberType = typeof(CliHarness))]
    public async Task A_request_the_catalog_accepts_is_valid_with_exit_0_and_no_key(string provider)
    {
        var run = await CliHarness.RunAsync(["validate", .. CliHarness.Request(provider)], environment: new Dictionary<string, string?>());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith($"valid: {provider} accepts", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_request_lists_every_problem_the_sdk_finds_with_exit_2()
    {
        var model = CliHarness.TextModel(ProviderId.Seedance2Ink);
        var request = new VideoRequest { Model = model, Prompt = "fox", Duration = 99, Resolution = "8k" };
        var expected = VideoRequestValidator.Validate(ProviderId.Seedance2Ink, request);

        var run = await CliHarness.RunAsync(["validate", "-p", ProviderId.Seedance2Ink, "-m", model, "--prompt", "fox", "--duration", "99", "--resolution", "8k"]);

        Assert.Equal(2, run.ExitCode);
        Assert.True(expected.Count >= 2, "the request should break at least two rules");
        Assert.All(expected, problem => Assert.Contains("  " + problem, run.Out, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_reports_validity_and_the_problems()
    {
        var run = await CliHarness.RunAsync(["validate", "--json", .. CliHarness.Request(ProviderId.CometApiVolc), "--seed", "-5"]);

        Assert.Equal(2, run.ExitCode);
        var result = JsonNode.Parse(run.Out)!;
        Assert.False((bool)result["valid"]!);
        Assert.Contains(result["problems"]!.AsArray(), p => (string?)p!["field"] == "seed");
    }

    [Fact]
    public async Task Submit_of_an_invalid_request_exits_2_and_sends_nothing()
    {
        var before = fixture.Emulator.GetJobs(ProviderId.AceDataSeedance).Count;

        var run = await CliHarness.RunAsync(["submit", .. CliHarness.Request(ProviderId.AceDataSeedance), "--duration", "99", .. fixture.BaseUrl(ProviderId.AceDataSeedance)]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nothing was sent", run.Error, StringComparison.Ordinal);
        Assert.Contains("duration", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, fixture.Emulator.GetJobs(ProviderId.AceDataSeedance).Count);
    }
}
