using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;

namespace Seedance.Emulator.Tests.Seedance2Ink;

/// <summary>Seedance2.ink's error answers: key, catalog rules, unknown request ids.</summary>
public sealed class Seedance2InkErrorTests
{
    [Fact]
    public async Task A_wrong_key_is_refused_with_the_documented_unauthorized_body_and_no_job_is_created()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink);
        using var client = SeedanceJobClients.Create(ProviderId.Seedance2Ink, new SeedanceApiKey("sd2_live_not-the-emulators-key"),
            new SeedanceClientOptions { BaseUrl = h.Emulator.GetBaseUrl(ProviderId.Seedance2Ink), TimeProvider = h.Clock });

        var refused = await Assert.ThrowsAsync<SeedanceAuthenticationException>(() => client.SubmitAsync(Seedance2InkLifecycleTests.Request()));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("unauthorized", refused.ProviderCode);
        Assert.Equal("Invalid API key", refused.ProviderMessage);
        Assert.DoesNotContain("not-the-emulators-key", refused.ToString(), StringComparison.Ordinal);
        Assert.Empty(h.Emulator.GetJobs());
    }

    [Theory]
    [InlineData("GET", "api/open/v1/models")]
    [InlineData("GET", "api/open/v1/video/generations/req_0000000000000000")]
    [InlineData("POST", "api/open/v1/video/generations/req_0000000000000000/cancel")]
    public async Task Every_route_refuses_a_missing_key_with_401(string method, string path)
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink);
        using var anonymous = new HttpClient { BaseAddress = h.Emulator.GetBaseUrl(ProviderId.Seedance2Ink) };

        using var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("unauthorized", body!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_request_that_breaks_a_catalog_rule_gets_400_naming_the_rule_and_creates_no_job()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink);

        // seedance-1.5-pro takes only 5 or 10 s (the catalog's rule; the SDK would refuse to send this).
        using var response = await h.Http.PostAsJsonAsync("api/open/v1/video/generations", new JsonObject
        {
            ["model"] = "seedance-1.5-pro",
            ["prompt"] = "A river",
            ["duration"] = 7,
        });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body!["success"]!.GetValue<bool>());
        Assert.Equal("invalid_request", body["error"]!["code"]!.GetValue<string>());
        Assert.Contains("duration: '7' is not allowed", body["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(h.Emulator.GetJobs());
    }

    [Theory]
    [InlineData("{\"model\": ")]
    [InlineData("{\"prompt\": \"A river\"}")]
    [InlineData("{\"model\": \"seedance-2.0\", \"prompt\": \"A river\", \"mediaUrls\": [\"http://example.com/a.png\"]}")]
    public async Task A_malformed_or_incomplete_body_gets_400_and_creates_no_job(string json)
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink);

        using var response = await h.Http.PostAsync("api/open/v1/video/generations", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(h.Emulator.GetJobs());
    }

    [Fact]
    public async Task An_unknown_request_id_is_not_found_for_the_sdk()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink);

        var missing = await Assert.ThrowsAsync<SeedanceNotFoundException>(() => h.Client.GetStatusAsync("req_0000000000000000"));

        Assert.Equal("not_found", missing.ProviderCode);
    }
}
