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
}
