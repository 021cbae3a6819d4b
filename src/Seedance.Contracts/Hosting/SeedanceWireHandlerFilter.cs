using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Seedance.Contracts.Http;

namespace Seedance.Contracts.Hosting;

/// <summary>
/// Puts the SDK's wire handlers (the per-send log line and, for API clients, the single-send guard) at
/// the very bottom of the SDK's named clients, after every configuration action has run, so they sit
/// below anything the app added with <c>ConfigureHttpClientDefaults</c> or on the client itself.
/// A filter is the one IHttpClientFactory hook that runs after all of them.
/// </summary>
internal sealed class SeedanceWireHandlerFilter(IServiceProvider services) : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        if (SeedanceHttpClientNames.TryParseApi(builder.Name, out var provider))
        {
            var redactor = SeedanceServiceCollectionExtensions.RedactorFor(services, provider);
            foreach (var handler in SeedancePipeline.CreateWireHandlers(services.GetService<ILoggerFactory>(), redactor, services.GetService<TimeProvider>()))
                builder.AdditionalHandlers.Add(handler);
        }
        else if (SeedanceHttpClientNames.IsDownload(builder.Name))
        {
            // Downloads never carry the key; the log line still strips the signed URL's query.
            builder.AdditionalHandlers.Add(new RedactingLoggingHandler(SeedancePipeline.HttpLogger(services.GetService<ILoggerFactory>()), Redactor.Default, services.GetService<TimeProvider>()));
        }
    };
}
