using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Seedance.Contracts;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;

namespace Seedance.Emulator.Tests.CometApiVideos;

/// <summary>The /v1/videos error answers in CometAPI's two shapes: 401 first, catalog 400s, unknown ids.</summary>
public sealed class VideosErrorTests
{
    [Fact]
    public async Task A_wrong_key_is_an_authentication_exception_with_cometapis_message_and_no_key_in_it()
    {
        await using var emulator = await VideosKit.StartAsync(new AutoAdvancingTimeProvider());
        const string WrongKey = "sk-not-the-emulators-key-654321";
        using var client = SeedanceJobClients.Create(VideosKit.Provider, new SeedanceApiKey(WrongKey), new SeedanceClientOptions { BaseUrl = emulator.GetBaseUrl(VideosKit.Provider) });

        var refused = await Assert.ThrowsAsync<SeedanceAuthenticationException>(() => client.SubmitAsync(VideosKit.Request()));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.StartsWith("Invalid token", refused.ProviderMessage);
        Assert.DoesNotContain(WrongKey, refused.ToString());
        Assert.Empty(emulator.GetJobs());
    }

    [Fact]
    public async Task Seconds_outside_the_models_range_are_a_400_invalid_parameter_naming_them_and_no_job()
    {
        await using var emulator = await VideosKit.StartAsync(new AutoAdvancingTimeProvider());
        using var http = VideosKit.Raw(emulator);

        var response = await http.PostAsync("v1/videos", VideosKit.Form(("prompt", "A fox"), ("model", VideosKit.Model), ("seconds", "20")));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidParameter", (string)body["code"]!);
        Assert.Contains("'20'", (string)body["message"]!);
        Assert.Contains("4..15", (string)body["message"]!);
        Assert.Empty(emulator.GetJobs());
    }

    [Fact]
    public async Task An_input_reference_to_a_text_only_model_is_a_400_and_no_job()
    {
        await using var emulator = await VideosKit.StartAsync(new AutoAdvancingTimeProvider());
        using var http = VideosKit.Raw(emulator);
        var form = VideosKit.Form(("prompt", "A fox"), ("model", "doubao-seedance-1-5-pro"));
        var image = new ByteArrayContent(VideosKit.Png);
        image.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(image, "input_reference", "first.png");

        var response = await http.PostAsync("v1/videos", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidParameter", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]!);
        Assert.Empty(emulator.GetJobs());
    }

    [Fact]
    public async Task A_missing_model_gets_cometapis_documented_envelope()
    {
        await using var emulator = await VideosKit.StartAsync(new AutoAdvancingTimeProvider());
        using var http = VideosKit.Raw(emulator);

        var response = await http.PostAsync("v1/videos", VideosKit.Form(("prompt", "A fox")));
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("", "comet_api_error"), ((string)error["code"]!, (string)error["type"]!));
        Assert.StartsWith("model name is required (request id: ", (string)error["message"]!);
    }

    [Fact]
    public async Task A_body_that_is_not_a_form_is_a_400_invalid_request_envelope()
    {
        await using var emulator = await VideosKit.StartAsync(new AutoAdvancingTimeProvider());
        using var http = VideosKit.Raw(emulator);

        var response = await http.PostAsync("v1/videos", new StringContent("""{"model":"doubao-seedance-2-0-fast","prompt":"A fox"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!);
    }

    [Fact]
    public async Task A_missing_key_on_a_status_read_is_401()
    {
        await using var emulator = await VideosKit.StartAsync(new AutoAdvancingTimeProvider());
        using var http = VideosKit.Raw(emulator, key: null);

        var response = await http.GetAsync("v1/videos/task_abc123");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_id_is_a_not_found_exception()
    {
        await using var emulator = await VideosKit.StartAsync(new AutoAdvancingTimeProvider());
        using var client = emulator.CreateJobClient(VideosKit.Provider);

        var missing = await Assert.ThrowsAsync<SeedanceNotFoundException>(() => client.GetStatusAsync("task_abc123"));

        Assert.Equal(("task_not_exist", HttpStatusCode.BadRequest), (missing.ProviderCode, missing.StatusCode));
    }
}
