using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Providers.AceDataSeedance;

namespace Seedance.Emulator.Tests.AceDataSeedance;

/// <summary>
/// The emulator reads AceData's wire body back into the SDK's request: whatever the SDK sends is accepted,
/// and a wire-level slip is refused naming the field.
/// </summary>
public sealed class AceDataRequestReadingTests
{
    private static readonly Uri Frame = new("https://example.com/first.jpg");
    private static readonly Uri LastFrame = new("https://example.com/last.jpg");

    public static TheoryData<string> ValidRequests() => new() { "text", "every-field", "first-and-last-frame", "reference-images", "inline-fps" };

    private static VideoRequest Valid(string name) => name switch
    {
        "every-field" => AceDataLifecycleTests.Request() with
        {
            Seed = 11,
            Watermark = true,
            CameraFixed = false,
            ServiceTier = "default",
            ExecutionExpiresAfter = 7200,
            ProviderOptions = new AceDataSeedanceRequestOptions { ReturnLastFrame = true, OutputFormat = "mp4", Priority = 3, SafetyIdentifier = "user-42" },
        },
        "first-and-last-frame" => AceDataLifecycleTests.Request() with { FirstFrame = ImageInput.FromUrl(Frame), LastFrame = ImageInput.FromUrl(LastFrame) },
        "reference-images" => new VideoRequest
        {
            Model = "doubao-seedance-2-0-fast-260128",
            Prompt = "The woman waves",
            Resolution = "480p",
            AspectRatio = "9:16",
            Duration = 5,
            ReferenceImages = [ImageInput.FromUrl(Frame), ImageInput.FromUrl(LastFrame)],
        },
        "inline-fps" => AceDataLifecycleTests.Request() with { FramesPerSecond = 24 },
        _ => AceDataLifecycleTests.Request(),
    };

    [Theory]
    [MemberData(nameof(ValidRequests))]
    public async Task Whatever_the_sdk_sends_is_accepted(string name)
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.AceDataSeedance);
        var request = Valid(name);

        var job = await h.Client.SubmitAsync(request);

        var stored = Assert.Single(h.Emulator.GetJobs());
        Assert.Equal(job.Id, stored.Id);
        Assert.Equal(request.Model, stored.Model);
    }

    [Theory]
    [InlineData("duration", "\"five\"", "duration: '\"five\"' is not allowed (an integer")]
    [InlineData("watermark", "\"yes\"", "watermark: '\"yes\"' is not allowed (true or false")]
    [InlineData("priority", "12", "priority: '12' is not allowed (0..9")]
    [InlineData("callback_url", "\"<string>\"", "callback_url: '<string>' is not allowed (an absolute http or https URL")]
    [InlineData("content", "\"A fox\"", "content: '\"A fox\"' is not allowed (an array with a text item")]
    public async Task A_field_of_the_wrong_kind_is_refused_naming_it(string field, string json, string problem)
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.AceDataSeedance);
        var body = new JsonObject
        {
            ["model"] = "doubao-seedance-1-0-pro-250528",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "A fox" }),
            ["async"] = true,
        };
        body[field] = JsonNode.Parse(json);

        using var response = await h.Http.PostAsJsonAsync("seedance/videos", body);
        var answer = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem, answer!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(h.Emulator.GetJobs());
    }

    [Fact]
    public async Task Reference_audio_on_a_one_point_zero_model_is_refused()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.AceDataSeedance);

        using var response = await h.Http.PostAsJsonAsync("seedance/videos", new JsonObject
        {
            ["model"] = "doubao-seedance-1-0-pro-250528",
            ["content"] = new JsonArray(
                new JsonObject { ["type"] = "text", ["text"] = "A fox" },
                new JsonObject { ["type"] = "audio_url", ["audio_url"] = new JsonObject { ["url"] = "https://example.com/a.mp3" }, ["role"] = "reference_audio" }),
            ["async"] = true,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(h.Emulator.GetJobs());
    }
}
