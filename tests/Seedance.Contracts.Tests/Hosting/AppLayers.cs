using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Seedance.Contracts.Tests.Hosting;

/// <summary>
/// The resilience an app typically adds, each of which would resend a create on its own. The standard
/// handler keeps its defaults except for a zero retry delay, so a refused replay costs no waiting.
/// </summary>
public enum AppLayer
{
    /// <summary><c>ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler())</c>, as every Aspire ServiceDefaults project does: outside the SDK's handlers.</summary>
    StandardOnAllClients,

    /// <summary><c>AddStandardResilienceHandler()</c> on the SDK's named client: between the SDK's retry layer and the socket.</summary>
    StandardOnSdkClient,

    /// <summary>A hand-written retrying <see cref="DelegatingHandler"/> on the SDK's named client.</summary>
    CustomRetryingHandler,
}

internal static class AppLayers
{
    public static void Add(IServiceCollection services, AppLayer layer, string provider)
    {
        switch (layer)
        {
            case AppLayer.StandardOnAllClients:
                services.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler(Fast));
                break;
            case AppLayer.StandardOnSdkClient:
                services.AddHttpClient(SeedanceHttpClientNames.Api(provider)).AddStandardResilienceHandler(Fast);
                break;
            case AppLayer.CustomRetryingHandler:
                services.AddHttpClient(SeedanceHttpClientNames.Api(provider)).AddHttpMessageHandler(() => new RetryEverythingHandler());
                break;
        }
    }

    private static void Fast(HttpStandardResilienceOptions options) => options.Retry.Delay = TimeSpan.Zero;

    /// <summary>The worst handler an app could write: resends on any failure or 5xx, three times, no questions asked.</summary>
    private sealed class RetryEverythingHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var response = await base.SendAsync(request, cancellationToken);
                    if ((int)response.StatusCode < 500 || attempt == 4) return response;
                    response.Dispose();
                }
                catch (Exception) when (attempt < 4)
                {
                }
            }
        }
    }
}

/// <summary>What the server does with a create.</summary>
public enum CreateFault
{
    Status500,
    Status503,
    TimeoutAfterRead,
    ResetAfterRead,
}

internal static class CreateFaults
{
    public static HttpStatusCode? Status(CreateFault fault) => fault switch
    {
        CreateFault.Status500 => HttpStatusCode.InternalServerError,
        CreateFault.Status503 => HttpStatusCode.ServiceUnavailable,
        _ => null,
    };
}
