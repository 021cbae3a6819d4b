using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Tests.Http.TestKit;

namespace Seedance.Contracts.Tests.Hosting;

/// <summary>Logging of clients registered with <c>AddSeedance</c>: the app's logger, one line per send, no key.</summary>
public sealed class HostedLoggingTests
{
    [Fact]
    public async Task One_line_per_send_from_the_sdk_and_none_from_the_factory()
    {
        await using var server = await ScriptedServer.StartAsync((ctx, n) => n == 1
            ? ScriptedServer.Json(ctx, 503, """{"success":false,"error":{"code":"BUSY","message":"try later"}}""")
            : ScriptedServer.Json(ctx, 200, """{"requestId":"req_1","status":"processing"}"""));
        var services = new ServiceCollection();
        services.AddFakeLogging(o => o.CollectRecordsForDisabledLogLevels = false);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug));
        services.AddSeedance(o => o.Providers[ProviderId.Seedance2Ink] = new SeedanceProviderOptions
        {
            ApiKey = Pipelines.FakeKey,
            BaseUrl = server.BaseUrl,
            Retry = new() { BaseDelay = TimeSpan.Zero },
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredKeyedService<IVideoJobClient>(ProviderId.Seedance2Ink);

        await client.GetStatusAsync("req_1");

        var records = provider.GetFakeLogCollector().GetSnapshot();
        var sends = records.Where(r => r.Category == "Seedance.Http").ToList();
        Assert.Equal([1002, 1001], sends.Select(r => r.Id.Id));
        Assert.Contains(records, r => r.Category == "Seedance.Http.Retry" && r.Id.Id == 2001);
        Assert.DoesNotContain(records, r => r.Category is not null && r.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));
        Assert.All(records, r => Assert.DoesNotContain(Pipelines.FakeKey, r.Message + r.Exception));
    }
}
