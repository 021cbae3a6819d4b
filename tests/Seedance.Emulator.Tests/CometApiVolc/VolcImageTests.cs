using System.Net;
using System.Text.Json.Nodes;
using Seedance.Contracts;

namespace Seedance.Emulator.Tests.CometApiVolc;

/// <summary>Image items of the Volc route's content[]: read with their roles and checked against the model's catalog entry.</summary>
public sealed class VolcImageTests
{
    [Fact]
    public async Task A_first_and_last_frame_request_from_the_sdk_is_accepted()
    {
        var clock = new AutoAdvancingTimeProvider();
        await using var emulator = await VolcKit.StartAsync(clock);
        using var client = emulator.CreateJobClient(VolcKit.Provider);

        var job = await client.SubmitAsync(VolcKit.Request() with
        {
            FirstFrame = ImageInput.FromUrl("https://example.com/first.png"),
            LastFrame = ImageInput.FromUrl("https://example.com/last.png"),
        });
        var status = await job.WaitForCompletionAsync(new WaitOptions { TimeProvider = clock });

        Assert.Equal(VideoJobState.Succeeded, status.State);
    }

    [Fact]
    public async Task Reference_images_for_a_model_without_them_are_a_400_and_no_job()
    {
        await using var emulator = await VolcKit.StartAsync(new AutoAdvancingTimeProvider());
        using var http = VolcKit.Raw(emulator);

        var response = await http.PostAsync(VolcKit.Tasks, VolcKit.Json($$"""
            {"model":"{{VolcKit.Model}}","content":[{"type":"text","text":"A boat"},
             {"type":"image_url","image_url":{"url":"https://example.com/a.png"},"role":"reference_image"}]}
            """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidParameter", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]!);
        Assert.Empty(emulator.GetJobs());
    }

    [Fact]
    public async Task An_image_that_is_not_an_http_url_is_a_400_naming_its_item()
    {
        await using var emulator = await VolcKit.StartAsync(new AutoAdvancingTimeProvider());
        using var http = VolcKit.Raw(emulator);

        var response = await http.PostAsync(VolcKit.Tasks, VolcKit.Json($$"""
            {"model":"{{VolcKit.Model}}","content":[{"type":"text","text":"A boat"},
             {"type":"image_url","image_url":{"url":"ftp://example.com/a.png"},"role":"first_frame"}]}
            """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("content[1].image_url.url", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["message"]!);
    }
}
