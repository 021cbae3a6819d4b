using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Requests;
using Seedance.Contracts.Tests.Http.TestKit;

namespace Seedance.Contracts.Tests.Hosting;

/// <summary>
/// The paid-create promise under the resilience apps add: whatever layer the app puts around or inside
/// the SDK's pipeline, one create reaches the server, and a read is retried by the SDK's layer only.
/// </summary>
public sealed class CreateStaysSingleTests
{
    private const string Provider = ProviderId.Seedance2Ink;
    private const string ErrorBody = """{"success":false,"error":{"code":"UPSTREAM_ERROR","message":"upstream failed"}}""";
    private static readonly VideoRequest Request = new() { Model = "seedance-2.0", Prompt = "A river through an autumn forest", Duration = 5 };

    public static TheoryData<AppLayer, CreateFault> Cases()
    {
        var data = new TheoryData<AppLayer, CreateFault>();
        foreach (var layer in Enum.GetValues<AppLayer>())
            foreach (var fault in Enum.GetValues<CreateFault>())
                data.Add(layer, fault);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task One_create_reaches_the_server(AppLayer layer, CreateFault fault)
    {
        await using var server = await Scripted.StartAsync(fault switch
        {
            CreateFault.TimeoutAfterRead => (Step)Scripted.Hang(),
            CreateFault.ResetAfterRead => (Step)Faults.ConnectionReset(),
            _ => (Step)Scripted.Json((int)CreateFaults.Status(fault)!.Value, ErrorBody),
        });
        var time = new FakeTimeProvider();
        await using var services = Build(server.BaseUrl, layer, time);
        var client = services.GetRequiredKeyedService<IVideoJobClient>(Provider);

        var submit = client.SubmitAsync(Request);
        if (fault == CreateFault.TimeoutAfterRead)
        {
            // The SDK's attempt deadline passes only once the server holds the request.
            await server.Received(1).WaitAsync(TimeSpan.FromSeconds(30));
            time.Advance(TimeSpan.FromSeconds(6));
        }
        var error = await Assert.ThrowsAnyAsync<SeedanceException>(() => submit.WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Equal(1, server.Journal.Count(r => r.Request.Method == "POST"));
        Assert.IsType(fault switch
        {
            CreateFault.TimeoutAfterRead => typeof(SeedanceTimeoutException),
            CreateFault.ResetAfterRead => typeof(SeedanceConnectionException),
            _ => typeof(SeedanceServerException),
        }, error);
        if (CreateFaults.Status(fault) is { } status)
        {
            Assert.Equal(status, error.StatusCode);
            Assert.Equal("UPSTREAM_ERROR", error.ProviderCode);
        }
    }

    [Theory]
    [InlineData(AppLayer.StandardOnAllClients)]
    [InlineData(AppLayer.StandardOnSdkClient)]
    [InlineData(AppLayer.CustomRetryingHandler)]
    public async Task A_read_is_retried_by_the_sdk_layer_only(AppLayer layer)
    {
        await using var server = await Scripted.StartAsync(Scripted.Json(503, ErrorBody));
        await using var services = Build(server.BaseUrl, layer, new FakeTimeProvider());
        var client = services.GetRequiredKeyedService<IVideoJobClient>(Provider);

        var error = await Assert.ThrowsAsync<SeedanceServerException>(() => client.GetStatusAsync("job_1").WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(1 + MaxRetries, server.RequestCount());
    }

    private const int MaxRetries = 2;

    private static ServiceProvider Build(Uri baseUrl, AppLayer layer, FakeTimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        // Apps call ConfigureHttpClientDefaults and AddSeedance in either order; the defaults apply first either way.
        if (layer == AppLayer.StandardOnAllClients) AppLayers.Add(services, layer, Provider);
        services.AddSeedance(o => o.Providers[Provider] = new SeedanceProviderOptions
        {
            ApiKey = Pipelines.FakeKey,
            BaseUrl = baseUrl,
            Retry = new() { MaxRetries = MaxRetries, BaseDelay = TimeSpan.Zero, AttemptTimeout = TimeSpan.FromSeconds(5) },
        });
        if (layer != AppLayer.StandardOnAllClients) AppLayers.Add(services, layer, Provider);
        return services.BuildServiceProvider(validateScopes: true);
    }
}
