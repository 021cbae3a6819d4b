using Seedance.Contracts.Jobs;

namespace Seedance.Contracts.Providers.CometApiVideos;

/// <summary>Options of <see cref="CometApiVideosJobClient"/>. The route has no provider-specific switches yet.</summary>
public sealed class CometApiVideosOptions : VideoJobClientOptions
{
}
