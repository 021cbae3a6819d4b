using Seedance.Conformance.Replay;
using static Seedance.Conformance.Tests.TestSupport;

namespace Seedance.Conformance.Tests;

public class AdminApiTests
{
    [Fact]
    public async Task Admin_client_round_trips_mappings_journal_and_scenarios()
    {
        var root = SampleRoot.Create();
        await using var host = await ReplayHost.StartAsync(new ReplayHostOptions { RootDirectory = root });
        using var http = new HttpClient();
        var admin = new WireMockAdminClient(http, host.BaseUrl);
        await AdminScript.RunAsync(admin, host.BaseUrl, http);

        // Requests to /__admin are not journalled; the script leaves exactly its own traffic behind.
        Assert.All(host.Journal.Requests, e => Assert.DoesNotContain("__admin", e.Request.Url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Remove_all_works_when_no_multi_mapping_file_was_loaded()
    {
        await using var host = await StartWithAsync("""{"mappings":[{"request":{"method":"GET","urlPath":"/a"},"response":{"status":200}}]}""");
        using var http = new HttpClient();
        var admin = new WireMockAdminClient(http, host.BaseUrl);
        await admin.RemoveAllMappingsAsync();
        Assert.Empty(await admin.GetMappingsAsync());
        Assert.Equal(404, (await SendAsync(http, HttpMethod.Get, new Uri(host.BaseUrl, "a").ToString())).Status);
    }

    [Fact]
    public async Task Admin_errors_are_reported_not_swallowed()
    {
        await using var host = await ReplayHost.StartAsync();
        using var http = new HttpClient();
        var admin = new WireMockAdminClient(http, host.BaseUrl);
        var e = await Assert.ThrowsAsync<HttpRequestException>(() => admin.AddMappingAsync("""{"request":{"method":"GET"},"response":{"fault":"NOPE"}}"""));
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, e.StatusCode);
        Assert.Empty(host.Mappings);
        var (status, _) = await SendAsync(http, HttpMethod.Get, new Uri(host.BaseUrl, "__admin/nothing-here").ToString());
        Assert.Equal(404, status);
    }
}

/// <summary>One admin-API script, run against the replay host here and against real WireMock in the cross-check.</summary>
internal static class AdminScript
{
    public static async Task RunAsync(WireMockAdminClient admin, Uri baseUrl, HttpClient http)
    {
        await admin.WaitUntilReadyAsync(TimeSpan.FromSeconds(30));
        await admin.ResetAsync();
        var defaults = await admin.GetMappingsAsync();
        Assert.Equal(4, defaults.Count);

        var added = await admin.AddMappingAsync("""{"name":"ping","request":{"method":"GET","urlPath":"/ping"},"response":{"status":200,"body":"pong"}}""");
        Assert.False(string.IsNullOrEmpty(added.Id));
        await admin.ImportMappingsAsync("""{"mappings":[{"name":"imported","request":{"method":"GET","urlPath":"/imported"},"response":{"status":204}}]}""");
        Assert.Equal(6, (await admin.GetMappingsAsync()).Count);

        Assert.Equal("pong", await http.GetStringAsync(new Uri(baseUrl, "ping")));
        using (var r = await http.GetAsync(new Uri(baseUrl, "imported"))) Assert.Equal(204, (int)r.StatusCode);
        using (var r = await http.GetAsync(new Uri(baseUrl, "v1/tasks/t1"))) Assert.Equal("""{"id":"t1","status":"queued"}""", await r.Content.ReadAsStringAsync());
        using (var r = await http.GetAsync(new Uri(baseUrl, "unmatched-path"))) Assert.Equal(404, (int)r.StatusCode);
        using (var r = await http.PostAsync(new Uri(baseUrl, "v1/videos"), Json("""{"model":"seedance-1-0-pro","content":[{"type":"text","text":"a cat"}]}""")))
        {
            Assert.Equal(404, (int)r.StatusCode); // no Authorization header
        }

        var requests = await admin.GetRequestsAsync();
        Assert.Equal(5, requests.Count);
        Assert.Equal("/v1/videos", requests[0].Request!.Url); // newest first
        Assert.False(requests[0].WasMatched);
        Assert.Equal("/ping", requests[^1].Request!.Url);
        Assert.True(requests[^1].WasMatched);
        Assert.Equal("ping", requests[^1].StubMapping!.Name);
        Assert.Contains("seedance-1-0-pro", requests[0].Request!.Body, StringComparison.Ordinal);

        Assert.Equal(1, await admin.CountRequestsAsync(RequestPattern.For("GET", "/ping")));
        Assert.Equal(4, await admin.CountRequestsAsync(new RequestPattern { Method = "GET" }));
        Assert.Equal(1, await admin.CountRequestsAsync(new RequestPattern { Method = "POST", UrlPath = "/v1/videos" }
            .WithBody(StringValuePattern.JsonPath("$.model", StringValuePattern.Equal("seedance-1-0-pro")))));
        Assert.Single(await admin.FindRequestsAsync(RequestPattern.For("GET", "/imported")));

        var scenario = Assert.Single(await admin.GetScenariosAsync());
        Assert.Equal("task-t1", scenario.Name);
        Assert.Equal("succeeded", scenario.State);
        await admin.ResetScenariosAsync();
        Assert.Equal("Started", Assert.Single(await admin.GetScenariosAsync()).State);
        await admin.SetScenarioStateAsync("task-t1", "succeeded");
        Assert.Equal("succeeded", Assert.Single(await admin.GetScenariosAsync()).State);

        await admin.ClearRequestsAsync();
        Assert.Empty(await admin.GetRequestsAsync());

        // The defaults include a {"mappings": [...]} file: WireMock refuses "remove all" (500), so do we.
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => admin.RemoveAllMappingsAsync());
        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, refused.StatusCode);
        var unknown = await Assert.ThrowsAsync<HttpRequestException>(() => admin.SetScenarioStateAsync("no-such-scenario", "x"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);

        await admin.ResetMappingsAsync();
        Assert.Equal(4, (await admin.GetMappingsAsync()).Count); // file-backed defaults restored, additions gone

        await admin.AddMappingAsync("""{"request":{"method":"GET","urlPath":"/ping"},"response":{"status":200}}""");
        await admin.ResetAsync();
        Assert.Equal(4, (await admin.GetMappingsAsync()).Count);
    }
}
