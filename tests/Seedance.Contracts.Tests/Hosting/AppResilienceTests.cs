using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Requests;
using Seedance.Contracts.Tests.Http.TestKit;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Hosting;

/// <summary>
/// docs/hosting.md, "a create is never sent twice": an app that adds Microsoft's standard resilience handler,
/// to every client or to the SDK's, still sends a failed create once and gets the same typed error.
/// </summary>
public sealed class AppResilienceTests : IAsyncLifetime
{
    private const string Create = "/api/open/v1/video/generations";
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string> Placements => ["defaults", "sdk-client"];

    [Theory]
    [MemberData(nameof(Placements))]
    public async Task A_create_answered_500_reaches_the_server_once_with_the_standard_resilience_handler(string placement)
    {
        _host.Serve("POST", Create, new Reply(500, JsonNode.Parse("""{"success":false,"error":{"code":"internal_error","message":"Internal error"}}""")));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Seedance:Providers:seedance2-ink:ApiKey"] = Pipelines.FakeKey,
            ["Seedance:Providers:seedance2-ink:BaseUrl"] = _host.BaseUrl.ToString(),
        }).Build();
        var services = new ServiceCollection();
        // No backoff: the standard handler's retry comes at once, and is what the guard must refuse.
        if (placement == "defaults") services.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler(o => o.Retry.Delay = TimeSpan.Zero));
        services.AddSeedance(configuration.GetSection("Seedance"));
        if (placement == "sdk-client") services.AddHttpClient(SeedanceHttpClientNames.Api(ProviderId.Seedance2Ink)).AddStandardResilienceHandler(o => o.Retry.Delay = TimeSpan.Zero);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredKeyedService<IVideoJobClient>(ProviderId.Seedance2Ink);

        var error = await Assert.ThrowsAsync<SeedanceServerException>(() =>
            client.SubmitAsync(new VideoRequest { Model = "seedance-2.0", Prompt = "A river through an autumn forest, aerial view", Duration = 5 }));

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Single(_host.Sent(Create, "POST"));
    }
}
