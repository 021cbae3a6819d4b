using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Providers.Seedance2Ink;

namespace Seedance.Emulator.Tests.Seedance2Ink;

/// <summary>
/// The emulator reads Seedance2.ink's wire body back into the SDK's request: whatever the SDK sends is accepted
/// (images in <c>mediaUrls</c> become the first and last frame by count, as the provider reads them), and the
/// catalog's media rules refuse what the SDK would.
/// </summary>
public sealed class Seedance2InkRequestReadingTests
{
    public static TheoryData<string> ValidRequests() => new() { "text", "first-frame", "first-and-last-frame-and-video", "metadata" };

    private static VideoRequest Valid(string name) => name switch
    {
        "first-frame" => Seedance2InkLifecycleTests.Request() with { FirstFrame = ImageInput.FromUrl("https://example.com/first.png") },
        "first-and-last-frame-and-video" => Seedance2InkLifecycleTests.Request() with
        {
            FirstFrame = ImageInput.FromUrl("https://example.com/first.png"),
            LastFrame = ImageInput.FromUrl("https://example.com/last.png"),
            MediaUrls = [new Uri("https://example.com/motion.mp4"), new Uri("https://example.com/beat.mp3")],
        },
        "metadata" => Seedance2InkLifecycleTests.Request() with
        {
            ProviderOptions = new Seedance2InkRequestOptions { Metadata = new JsonObject { ["projectId"] = "proj_1001" } },
        },
        _ => Seedance2InkLifecycleTests.Request(),
    };

    [Theory]
    [MemberData(nameof(ValidRequests))]
    public async Task Whatever_the_sdk_sends_is_accepted(string name)
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink);
        var request = Valid(name);

        var job = await h.Client.SubmitAsync(request);

        var stored = Assert.Single(h.Emulator.GetJobs());
        Assert.Equal(job.Id, stored.Id);
        Assert.Equal(request.Prompt, (await h.Http.GetFromJsonAsync<JsonObject>($"api/open/v1/video/generations/{job.Id}"))!["prompt"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("[\"https://e.com/1.png\", \"https://e.com/2.png\", \"https://e.com/3.png\"]", "mediaUrls[2]: 'https://e.com/3.png'")]
    [InlineData("[\"https://e.com/a.mp4\", \"https://e.com/b.mp4\", \"https://e.com/c.mp4\", \"https://e.com/d.mp4\", \"https://e.com/e.mp4\", \"https://e.com/f.mp4\"]", "mediaUrls: '6 URLs'")]
    [InlineData("[]", "mediaUrls: '[]'")]
    public async Task Media_urls_the_catalog_refuses_get_400_naming_the_rule(string mediaUrls, string problem)
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink);

        using var response = await h.Http.PostAsJsonAsync("api/open/v1/video/generations", new JsonObject
        {
            ["model"] = "seedance-2.0",
            ["prompt"] = "A river",
            ["mediaUrls"] = JsonNode.Parse(mediaUrls),
        });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem, body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(h.Emulator.GetJobs());
    }
}
