using Seedance.Contracts.Catalog;
using Seedance.Contracts.Providers.AceDataSeedance;
using Seedance.Contracts.Providers.CometApiVideos;
using Seedance.Contracts.Providers.CometApiVolc;
using Seedance.Contracts.Providers.Seedance2Ink;

namespace Seedance.Contracts.Jobs;

/// <summary>Creates the job client of a provider by id, for code that picks the provider at run time.</summary>
public static class SeedanceJobClients
{
    /// <summary>
    /// The job client for <paramref name="provider"/> with default provider switches (no Volc fallback,
    /// asynchronous AceData creates). Construct the provider's class directly to set its switches.
    /// Dispose the client when done.
    /// </summary>
    /// <param name="provider">A provider id (<see cref="ProviderId"/>).</param>
    /// <param name="apiKey">The provider's API key.</param>
    /// <param name="options">Pipeline settings (base URL, retries, timeout, clock, primary handler); null uses the defaults.</param>
    /// <exception cref="ArgumentException">The provider id is unknown.</exception>
    public static VideoJobClient Create(string provider, SeedanceApiKey apiKey, SeedanceClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        var http = options ?? new SeedanceClientOptions();
        return provider switch
        {
            ProviderId.CometApiVideos => new CometApiVideosJobClient(apiKey, new CometApiVideosOptions { Http = http }),
            ProviderId.CometApiVolc => new CometApiVolcJobClient(apiKey, new CometApiVolcOptions { Http = http }),
            ProviderId.AceDataSeedance => new AceDataSeedanceJobClient(apiKey, new AceDataSeedanceOptions { Http = http }),
            ProviderId.Seedance2Ink => new Seedance2InkJobClient(apiKey, new Seedance2InkOptions { Http = http }),
            _ => throw new ArgumentException($"Unknown provider '{provider}'. Known providers: {string.Join(", ", ProviderId.All)}.", nameof(provider)),
        };
    }

    /// <summary>
    /// The job client for <paramref name="provider"/> from the same settings <c>AddSeedance</c> binds from
    /// configuration (key, base URL, call timeout, retries and the provider switches), so an app that reads
    /// its provider from configuration never switches over the four client classes. Dispose the client when done.
    /// </summary>
    /// <param name="provider">A provider id (<see cref="ProviderId"/>).</param>
    /// <param name="settings">The provider's settings; checked as at start-up, each problem naming its setting.</param>
    /// <param name="runtime">Transport, logging, clock and error mappers; null uses the defaults. Its settings are overridden by <paramref name="settings"/>.</param>
    /// <exception cref="ArgumentException">The provider id is unknown or the settings are invalid.</exception>
    public static VideoJobClient Create(string provider, SeedanceProviderOptions settings, SeedanceClientOptions? runtime = null) =>
        Create(provider, settings, runtime, downloadHandler: null, downloadHandlersInstalled: false, callbacks: null);

    internal static VideoJobClient Create(string provider, SeedanceProviderOptions settings, SeedanceClientOptions? runtime,
        HttpMessageHandler? downloadHandler, bool downloadHandlersInstalled, SeedanceCallbacks? callbacks)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = Hosting.SeedanceOptionsValidator.Problems(provider, settings, $"{SeedanceOptions.SectionName}:Providers:{provider}").ToList();
        if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems), nameof(settings));

        var apiKey = new SeedanceApiKey(settings.ApiKey!.Trim());
        var http = runtime ?? new SeedanceClientOptions();
        var configured = http.Copy();
        configured.BaseUrl = settings.BaseUrl;
        configured.CallTimeout = settings.CallTimeout;
        configured.Retry = settings.Retry ?? new();

        VideoJobClient client = provider switch
        {
            ProviderId.CometApiVideos => new CometApiVideosJobClient(apiKey, new CometApiVideosOptions { Http = configured }.Downloads(downloadHandler, downloadHandlersInstalled, callbacks)),
            ProviderId.CometApiVolc => new CometApiVolcJobClient(apiKey, new CometApiVolcOptions { Http = configured, FallbackToVideosRoute = settings.FallbackToVideosRoute }.Downloads(downloadHandler, downloadHandlersInstalled, callbacks)),
            ProviderId.AceDataSeedance => new AceDataSeedanceJobClient(apiKey, new AceDataSeedanceOptions { Http = configured, Blocking = settings.Blocking }.Downloads(downloadHandler, downloadHandlersInstalled, callbacks)),
            ProviderId.Seedance2Ink => new Seedance2InkJobClient(apiKey, new Seedance2InkOptions { Http = configured }.Downloads(downloadHandler, downloadHandlersInstalled, callbacks)),
            _ => throw new ArgumentException($"Unknown provider '{provider}'. Known providers: {string.Join(", ", ProviderId.All)}.", nameof(provider)),
        };
        return client;
    }

    private static T Downloads<T>(this T options, HttpMessageHandler? handler, bool installed, SeedanceCallbacks? callbacks) where T : VideoJobClientOptions
    {
        options.DownloadHandler = handler;
        options.DownloadHandlersInstalled = installed;
        options.Callbacks = callbacks;
        return options;
    }
}
