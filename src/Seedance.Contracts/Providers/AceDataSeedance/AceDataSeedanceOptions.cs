using Seedance.Contracts.Jobs;

namespace Seedance.Contracts.Providers.AceDataSeedance;

/// <summary>Options of <see cref="AceDataSeedanceJobClient"/>.</summary>
public sealed class AceDataSeedanceOptions : VideoJobClientOptions
{
    /// <summary>
    /// False (default): the create call sends <c>async: true</c> (unless the request has a callback URL,
    /// which makes AceData answer at once anyway) and returns a queued job to poll. True: the call waits
    /// until the video is ready (one to two minutes) and returns an already finished job; raise
    /// <see cref="SeedanceClientOptions.CallTimeout"/> (100 s by default) in <see cref="VideoJobClientOptions.Http"/>
    /// accordingly, since that timeout covers the whole call.
    /// </summary>
    public bool Blocking { get; set; }
}
