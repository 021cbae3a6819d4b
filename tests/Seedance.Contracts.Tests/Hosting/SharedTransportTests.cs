using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Tests.Http.TestKit;

namespace Seedance.Contracts.Tests.Hosting;

/// <summary>Without DI, the SDK disposes only what it created: an app's handler or HttpClient outlives the clients that used it.</summary>
public sealed class SharedTransportTests
{
    private const string Generation = """{"requestId":"req_1","status":"processing"}""";

    [Fact]
    public async Task Two_clients_share_one_handler_and_disposing_one_leaves_the_other_working()
    {
        await using var server = await Scripted.StartAsync(Scripted.Json(200, Generation));
        using var shared = new SocketsHttpHandler();
        var settings = new SeedanceProviderOptions { ApiKey = Pipelines.FakeKey, BaseUrl = server.BaseUrl };
        var first = SeedanceJobClients.Create(ProviderId.Seedance2Ink, settings, new SeedanceClientOptions { PrimaryHandler = shared });
        using var second = SeedanceJobClients.Create(ProviderId.Seedance2Ink, settings, new SeedanceClientOptions { PrimaryHandler = shared });

        await first.GetStatusAsync("req_1");
        first.Dispose();
        var status = await second.GetStatusAsync("req_1");

        Assert.Equal(VideoJobState.Running, status.State);
        Assert.Equal(2, server.RequestCount());
    }

    [Fact]
    public async Task An_app_http_client_is_used_and_not_disposed()
    {
        await using var server = await Scripted.StartAsync(Scripted.Json(200, Generation));
        using var http = new HttpClient();
        var settings = new SeedanceProviderOptions { ApiKey = Pipelines.FakeKey, BaseUrl = server.BaseUrl };

        using (var client = SeedanceJobClients.Create(ProviderId.Seedance2Ink, settings, new SeedanceClientOptions { HttpClient = http }))
            await client.GetStatusAsync("req_1");

        using var after = await http.GetAsync(server.BaseUrl);
        Assert.Equal(2, server.RequestCount());
        Assert.Equal("Bearer " + Pipelines.FakeKey, server.Journal.Requests[0].Authorization());
    }

    [Fact]
    public async Task One_client_serves_concurrent_calls_from_many_threads()
    {
        // docs/hosting.md: clients are singletons, safe to share. Each call's ledger, capture and retry
        // state is its own, so 32 overlapping reads, each answered 503 once, all succeed after one retry.
        // One scenario per job path: 503 first, then 200.
        await using var server = await ReplayHost.StartAsync();
        for (var i = 0; i < 32; i++)
        {
            server.ServeSteps(RequestPattern.ForPathPattern("ANY", $".*/req_{i}(/.*)?"),
                Scripted.Json(503, """{"success":false,"error":{"code":"BUSY","message":"try again"}}"""),
                Scripted.Json(200, Generation));
        }
        var settings = new SeedanceProviderOptions { ApiKey = Pipelines.FakeKey, BaseUrl = server.BaseUrl, Retry = new() { BaseDelay = TimeSpan.Zero } };
        using var client = SeedanceJobClients.Create(ProviderId.Seedance2Ink, settings);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Task.Run(() => client.GetStatusAsync($"req_{i}"))));

        Assert.All(statuses, s => Assert.Equal(VideoJobState.Running, s.State));
        Assert.Equal(64, server.RequestCount());
        var seen = server.Journal.Requests.GroupBy(e => e.Request.Path).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(seen.Values, count => Assert.Equal(2, count));
        Assert.Equal(32, seen.Count);
    }
}
