using Seedance.Contracts.Catalog;
using Seedance.Emulator.Engine;
using Seedance.Emulator.Providers.AceDataSeedance;
using Seedance.Emulator.Providers.CometApiVideos;
using Seedance.Emulator.Providers.CometApiVolc;
using Seedance.Emulator.Providers.Seedance2Ink;

namespace Seedance.Emulator.Providers;

/// <summary>The one place that knows which dialect serves which provider id.</summary>
internal static class Dialects
{
    public static ProviderDialect Create(string provider, EmulatorState state, CallbackSender callbacks) => provider switch
    {
        ProviderId.CometApiVideos => new CometApiVideosDialect(state, callbacks),
        ProviderId.CometApiVolc => new CometApiVolcDialect(state, callbacks),
        ProviderId.AceDataSeedance => new AceDataSeedanceDialect(state, callbacks),
        ProviderId.Seedance2Ink => new Seedance2InkDialect(state, callbacks),
        _ => throw new ArgumentException($"Unknown provider '{provider}'. Known providers: {string.Join(", ", ProviderId.All)}.", nameof(provider)),
    };
}
