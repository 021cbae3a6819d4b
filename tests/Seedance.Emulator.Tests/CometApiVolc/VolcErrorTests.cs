using System.Net;
using System.Text.Json.Nodes;
using Seedance.Contracts;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;

namespace Seedance.Emulator.Tests.CometApiVolc;

/// <summary>The Volc route's error answers: 401 before anything is read, catalog 400s, unknown ids, unparsable bodies.</summary>
public sealed class VolcErrorTests
{
    [Fact]
    public async Task A_wrong_key_is_an_authentication_exception_with_cometapis_message_and_no_key_in_it()
    {
        await using var emulator = await VolcKit.StartAsync(new AutoAdvancingTimeProvider());
        const string WrongKey = "sk-not-the-emulators-key-123456";
        using var client = SeedanceJobClients.Create(VolcKit.Provider, new SeedanceApiKey(WrongKey), new SeedanceClientOptions { BaseUrl = emulator.GetBaseUrl(VolcKit.Provider) });

        var refused = await Assert.ThrowsAsync<SeedanceAuthenticationException>(() => client.SubmitAsync(VolcKit.Request()));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.StartsWith("Invalid token", refused.ProviderMessage);
        Assert.DoesNotContain(WrongKey, refused.ToString());
        Assert.Empty(emulator.GetJobs());
    }

    [Fact]
    public async Task A_missing_key_is_answered_401_before_the_body_is_read()
    {
        await using var emulator = await VolcKit.StartAsync(new AutoAdvancingTimeProvider());
        using var http = VolcKit.Raw(emulator, key: null);

        var response = await http.PostAsync(VolcKit.Tasks, VolcKit.Json("not json at all"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("comet_api_error", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["type"]!);
    }

    [Fact]
    public async Task A_duration_outside_the_models_range_is_a_400_invalid_parameter_naming_it_and_no_job()
    {
        await using var emulator = await VolcKit.StartAsync(new AutoAdvancingTimeProvider());
        using var http = VolcKit.Raw(emulator);

        var response = await http.PostAsync(VolcKit.Tasks, VolcKit.Json($$"""{"model":"{{VolcKit.Model}}","content":[{"type":"text","text":"A boat --duration 20"}]}"""));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidParameter", (string)body["code"]!);
        Assert.Contains("'20'", (string)body["message"]!);
        Assert.Contains("4..12", (string)body["message"]!);
        Assert.Empty(emulator.GetJobs());
    }

    [Fact]
    public async Task An_unknown_model_is_a_400_that_lists_the_routes_models()
    {
        await using var emulator = await VolcKit.StartAsync(new AutoAdvancingTimeProvider());
        using var http = VolcKit.Raw(emulator);

        var response = await http.PostAsync(VolcKit.Tasks, VolcKit.Json("""{"model":"doubao-seedance-2-0","content":[{"type":"text","text":"A boat"}]}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(VolcKit.Model, (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["message"]!);
    }

    [Fact]
    public async Task A_missing_model_gets_cometapis_documented_envelope()
    {
        await using var emulator = await VolcKit.StartAsync(new AutoAdvancingTimeProvider());
        using var http = VolcKit.Raw(emulator);

        var response = await http.PostAsync(VolcKit.Tasks, VolcKit.Json("""{"content":[{"type":"text","text":"A boat"}]}"""));
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("model name is required (request id: ", (string)error["message"]!);
        Assert.Empty(emulator.GetJobs());
    }

    [Fact]
    public async Task An_unparsable_body_gets_the_routes_json_parse_error()
    {
        await using var emulator = await VolcKit.StartAsync(new AutoAdvancingTimeProvider());
        using var http = VolcKit.Raw(emulator);

        var response = await http.PostAsync(VolcKit.Tasks, VolcKit.Json("""{"model": """));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("json_parse_error", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!);
    }

    [Fact]
    public async Task An_unknown_id_is_a_not_found_exception()
    {
        await using var emulator = await VolcKit.StartAsync(new AutoAdvancingTimeProvider());
        using var client = emulator.CreateJobClient(VolcKit.Provider);

        var missing = await Assert.ThrowsAsync<SeedanceNotFoundException>(() => client.GetStatusAsync("cgt-20261202000000-zzzzz"));

        Assert.Equal(("task_not_exist", HttpStatusCode.BadRequest), (missing.ProviderCode, missing.StatusCode));
    }
}
