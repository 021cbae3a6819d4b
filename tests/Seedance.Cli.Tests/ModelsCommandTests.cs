using System.Text.Json.Nodes;
using Seedance.Contracts.Catalog;

namespace Seedance.Cli.Tests;

public sealed class ModelsCommandTests
{
    [Fact]
    public async Task Lists_every_model_of_every_provider_with_its_limits()
    {
        var run = await CliHarness.RunAsync(["models"], environment: new Dictionary<string, string?>());

        Assert.Equal(0, run.ExitCode);
        foreach (var model in ModelCatalog.All)
        {
            Assert.Contains($"  {model.Id} ({model.DisplayName})", run.Out, StringComparison.Ordinal);
        }
        var first = ModelCatalog.All[0];
        Assert.Contains($"durations    {first.Durations}", run.Out, StringComparison.Ordinal);
        Assert.Contains($"resolutions  {string.Join(", ", first.Resolutions)}", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provider_option_limits_the_list_to_that_provider()
    {
        var run = await CliHarness.RunAsync(["models", "--provider", ProviderId.Seedance2Ink]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(ProviderId.Seedance2Ink + "\n", run.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        foreach (var other in ProviderId.All.Where(p => p != ProviderId.Seedance2Ink))
        {
            Assert.DoesNotContain(other, run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Json_lists_the_catalog_as_one_object()
    {
        var run = await CliHarness.RunAsync(["models", "--json"]);

        Assert.Equal(0, run.ExitCode);
        var providers = JsonNode.Parse(run.Out)!["providers"]!.AsArray();
        Assert.Equal(ProviderId.All, providers.Select(p => (string)p!["provider"]!));
        foreach (var provider in providers)
        {
            var expected = ModelCatalog.For((string)provider!["provider"]!);
            var models = provider["models"]!.AsArray();
            Assert.Equal(expected.Select(m => m.Id), models.Select(m => (string)m!["id"]!));
            Assert.Equal(expected.Select(m => m.Durations.Max), models.Select(m => (int)m!["durations"]!["max"]!));
            Assert.Equal(expected.Select(m => m.Resolutions.Count), models.Select(m => m!["resolutions"]!.AsArray().Count));
        }
    }
}
