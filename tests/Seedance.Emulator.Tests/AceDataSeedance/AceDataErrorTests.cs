using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;

namespace Seedance.Emulator.Tests.AceDataSeedance;

/// <summary>AceData's documented error answers: key, catalog rules, unknown task ids.</summary>
public sealed class AceDataErrorTests
{
    [Fact]
    public async Task A_wrong_key_is_refused_with_invalid_token_and_no_job_is_created()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.AceDataSeedance);
        using var client = SeedanceJobClients.Create(ProviderId.AceDataSeedance, new SeedanceApiKey("sk-not-the-emulators-key"),
            new SeedanceClientOptions { BaseUrl = h.Emulator.GetBaseUrl(ProviderId.AceDataSeedance), TimeProvider = h.Clock });

        var refused = await Assert.ThrowsAsync<SeedanceAuthenticationException>(() => client.SubmitAsync(AceDataLifecycleTests.Request()));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("invalid_token", refused.ProviderCode);
        Assert.Equal("The specified token is invalid or wrong.", refused.ProviderMessage);
        Assert.DoesNotContain("sk-not-the-emulators-key", refused.ToString(), StringComparison.Ordinal);
        Assert.Empty(h.Emulator.GetJobs());
    }

    [Fact]
    public async Task No_token_at_all_gets_the_documented_400_no_token()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.AceDataSeedance);
        using var anonymous = new HttpClient { BaseAddress = h.Emulator.GetBaseUrl(ProviderId.AceDataSeedance) };

        using var response = await anonymous.PostAsync("seedance/tasks", new StringContent("{\"id\":\"x\"}", Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("no_token", body!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_request_that_breaks_a_catalog_rule_gets_400_bad_request_naming_the_rule_and_creates_no_job()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.AceDataSeedance);

        // 2.0 fast stops at 720p (the catalog's rule; the SDK would refuse to send this).
        using var response = await h.Http.PostAsJsonAsync("seedance/videos", new JsonObject
        {
            ["model"] = "doubao-seedance-2-0-fast-260128",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "A kitten yawning" }),
            ["resolution"] = "1080p",
            ["async"] = true,
        });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("bad_request", body!["error"]!["code"]!.GetValue<string>());
        Assert.Contains("resolution: '1080p' is not allowed", body["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(h.Emulator.GetJobs());
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_400_bad_request()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.AceDataSeedance);

        using var response = await h.Http.PostAsync("seedance/videos", new StringContent("{\"model\": ", Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("bad_request", body!["error"]!["code"]!.GetValue<string>());
        Assert.Empty(h.Emulator.GetJobs());
    }

    [Fact]
    public async Task An_unknown_task_id_is_not_found_for_the_sdk()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.AceDataSeedance);

        var missing = await Assert.ThrowsAsync<SeedanceNotFoundException>(() => h.Client.GetStatusAsync("00000000-0000-4000-8000-000000000000"));

        Assert.Equal("not_found", missing.ProviderCode);
    }
}
