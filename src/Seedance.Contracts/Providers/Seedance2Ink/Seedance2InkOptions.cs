using Seedance.Contracts.Jobs;

namespace Seedance.Contracts.Providers.Seedance2Ink;

/// <summary>Options of <see cref="Seedance2InkJobClient"/>. Seedance2.ink has no provider-specific switches yet.</summary>
public sealed class Seedance2InkOptions : VideoJobClientOptions
{
}
