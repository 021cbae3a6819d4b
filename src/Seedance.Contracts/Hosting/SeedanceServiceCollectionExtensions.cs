using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Hosting;
using Seedance.Contracts.Http;
using Seedance.Contracts.Jobs;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Seedance job clients with dependency injection and IHttpClientFactory.</summary>
public static class SeedanceServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="SeedanceOptions"/> from <paramref name="configuration"/> (the <c>Seedance</c> section),
    /// validates it at start-up, and registers for every provider under <c>Providers</c> a keyed
    /// <see cref="IVideoJobClient"/> (<c>[FromKeyedServices(ProviderId.Seedance2Ink)]</c>) plus the
    /// <see cref="ISeedanceClientRegistry"/>. Clients are singletons, safe to share.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The <c>Seedance</c> configuration section.</param>
    public static IServiceCollection AddSeedance(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SeedanceOptions>().Bind(configuration);
        var path = (configuration as IConfigurationSection)?.Path is { Length: > 0 } p ? p : SeedanceOptions.SectionName;
        return AddCore(services, path);
    }

    /// <summary>Registers the Seedance job clients with settings given in code (see the other overload).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the providers and their settings.</param>
    public static IServiceCollection AddSeedance(this IServiceCollection services, Action<SeedanceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SeedanceOptions>().Configure(configure);
        return AddCore(services, SeedanceOptions.SectionName);
    }

    private static IServiceCollection AddCore(IServiceCollection services, string sectionPath)
    {
        services.AddOptions<SeedanceOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SeedanceOptions>>(new SeedanceOptionsValidator(sectionPath)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, SeedanceWireHandlerFilter>());
        services.TryAddSingleton<ISeedanceClientRegistry, SeedanceClientRegistry>();
        if (services.Any(d => d.ServiceType == typeof(SeedanceMarker))) return services;
        services.AddSingleton<SeedanceMarker>();

        foreach (var provider in ProviderId.All)
        {
            services.AddKeyedSingleton<IVideoJobClient>(provider, (sp, _) => sp.GetRequiredService<ISeedanceClientRegistry>().GetClient(provider));
            services.AddHttpClient(SeedanceHttpClientNames.Api(provider))
                .RemoveAllLoggers() // the SDK logs one line per send itself
                .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
                {
                    // First on this name, so inside whatever ConfigureHttpClientDefaults added and outside what the app adds here later.
                    var (settings, redactor) = Settings(sp, provider);
                    var options = new SeedanceClientOptions
                    {
                        Retry = settings.Retry,
                        CallTimeout = settings.CallTimeout,
                        LoggerFactory = sp.GetService<ILoggerFactory>(),
                        TimeProvider = sp.GetService<TimeProvider>() ?? TimeProvider.System,
                    };
                    foreach (var handler in SeedancePipeline.CreateSdkHandlers(options, provider, redactor))
                        handlers.Add(handler);
                });
            services.AddHttpClient(SeedanceHttpClientNames.Download(provider)).RemoveAllLoggers();
        }
        return services;
    }

    /// <summary>The redactor that knows a provider's configured key.</summary>
    internal static Redactor RedactorFor(IServiceProvider services, string provider) => Settings(services, provider).Redactor;

    private static (SeedanceProviderOptions Settings, Redactor Redactor) Settings(IServiceProvider services, string provider)
    {
        var options = services.GetRequiredService<IOptionsMonitor<SeedanceOptions>>().CurrentValue;
        var settings = options.Providers.TryGetValue(provider, out var found) && found is not null ? found : new SeedanceProviderOptions();
        var key = string.IsNullOrWhiteSpace(settings.ApiKey) ? null : new SeedanceApiKey(settings.ApiKey.Trim());
        return (settings, Redactor.For(key));
    }

    /// <summary>Makes a second <c>AddSeedance</c> call add no second set of handlers.</summary>
    private sealed class SeedanceMarker;
}
