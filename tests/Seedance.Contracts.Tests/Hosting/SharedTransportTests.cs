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
        await using var server = await ScriptedServer.StartAsync((ctx, n) => ScriptedServer.Json(ctx, 200, Generation));
        using var shared = new SocketsHttpHandler();
        var settings = new SeedanceProviderOptions { ApiKey = Pipelines.FakeKey, BaseUrl = server.BaseUrl };
        var first = SeedanceJobClients.Create(ProviderId.Seedance2Ink, settings, new SeedanceClientOptions { PrimaryHandler = shared });
        using var second = SeedanceJobClients.Create(ProviderId.Seedance2Ink, settings, new SeedanceClientOptions { PrimaryHandler = shared });

        await first.GetStatusAsync("req_1");
        first.Dispose();
        var status = await second.GetStatusAsync("req_1");

        Assert.Equal(VideoJobState.Running, status.State);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task An_app_http_client_is_used_and_not_disposed()
    {
        await using var server = await ScriptedServer.StartAsync((ctx, n) => ScriptedServer.Json(ctx, 200, Generation));
        using var http = new HttpClient();
        var settings = new SeedanceProviderOptions { ApiKey = Pipelines.FakeKey, BaseUrl = server.BaseUrl };

        using (var client = SeedanceJobClients.Create(ProviderId.Seedance2Ink, settings, new SeedanceClientOptions { HttpClient = http }))
            await client.GetStatusAsync("req_1");

        using var after = await http.GetAsync(server.BaseUrl);
        Assert.Equal(2, server.RequestCount);
        Assert.Equal("Bearer " + Pipelines.FakeKey, server.Requests.First().Authorization);
    }
}
