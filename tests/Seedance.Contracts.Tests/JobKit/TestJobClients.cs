using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Providers.AceDataSeedance;
using Seedance.Contracts.Providers.CometApiVideos;
using Seedance.Contracts.Providers.CometApiVolc;
using Seedance.Contracts.Providers.Seedance2Ink;
using Seedance.Contracts.Tests.Http.TestKit;

namespace Seedance.Contracts.Tests.JobKit;

/// <summary>Job clients pointed at a replay host, with downloads redirected to it too.</summary>
internal static class TestJobClients
{
    public static readonly SeedanceApiKey Key = new(Pipelines.FakeKey);

    /// <summary>Polls back to back: the tests drive sequences, not clocks (the fake-clock tests set their own).</summary>
    public static readonly WaitOptions Immediate = new() { PollInterval = TimeSpan.Zero, MinPollInterval = TimeSpan.Zero };

    public static T Configure<T>(T options, ReplayHost host) where T : VideoJobClientOptions
    {
        options.Http = new SeedanceClientOptions { BaseUrl = host.BaseUrl };
        options.DownloadHandler = new RedirectToHostHandler(host.BaseUrl);
        return options;
    }

    public static Seedance2InkJobClient Seedance2Ink(ReplayHost host) => new(Key, Configure(new Seedance2InkOptions(), host));

    public static CometApiVideosJobClient CometApiVideos(ReplayHost host) => new(Key, Configure(new CometApiVideosOptions(), host));

    public static CometApiVolcJobClient CometApiVolc(ReplayHost host, bool fallback = false) =>
        new(Key, Configure(new CometApiVolcOptions { FallbackToVideosRoute = fallback }, host));

    public static AceDataSeedanceJobClient AceData(ReplayHost host, bool blocking = false) =>
        new(Key, Configure(new AceDataSeedanceOptions { Blocking = blocking }, host));

    public static VideoJobClient For(string provider, ReplayHost host) => provider switch
    {
        ProviderId.Seedance2Ink => Seedance2Ink(host),
        ProviderId.CometApiVideos => CometApiVideos(host),
        ProviderId.CometApiVolc => CometApiVolc(host),
        ProviderId.AceDataSeedance => AceData(host),
        _ => throw new ArgumentException(provider),
    };

    public static Task<ReplayHost> StartHostAsync() => ReplayHost.StartAsync(new ReplayHostOptions());
}
