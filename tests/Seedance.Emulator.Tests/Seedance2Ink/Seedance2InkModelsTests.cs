using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seedance.Contracts.Catalog;

namespace Seedance.Emulator.Tests.Seedance2Ink;

/// <summary>Seedance2.ink's model list comes from the SDK's catalog.</summary>
public sealed class Seedance2InkModelsTests
{
    [Fact]
    public async Task The_model_list_has_each_catalog_model_with_its_durations_ratios_and_resolutions()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink);

        var body = await h.Http.GetFromJsonAsync<JsonObject>("api/open/v1/models");

        var catalog = ModelCatalog.For(ProviderId.Seedance2Ink);
        var listed = body!["data"]!.AsArray().Select(m => m!.AsObject()).ToList();
        Assert.Equal(catalog.Select(m => m.Id), listed.Select(m => m["id"]!.GetValue<string>()));
        foreach (var (model, entry) in catalog.Zip(listed))
        {
            Assert.Equal(Enumerable.Range(1, 30).Where(model.Durations.Allows), entry["durations"]!.AsArray().Select(d => d!.GetValue<int>()));
            Assert.Equal(model.AspectRatios, entry["aspectRatios"]!.AsArray().Select(r => r!.GetValue<string>()));
            Assert.Equal(model.Resolutions, entry["resolutions"]!.AsArray().Select(r => r!.GetValue<string>()));
        }
    }
}
