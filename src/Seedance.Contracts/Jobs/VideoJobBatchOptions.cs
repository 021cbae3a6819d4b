namespace Seedance.Contracts;

/// <summary>Limits for <see cref="VideoJobBatch.RunAsync"/>.</summary>
public sealed record VideoJobBatchOptions
{
    /// <summary>Jobs in flight (submitted or being submitted, not yet finished) across all providers. Default 16.</summary>
    public int MaxInFlight { get; init; } = 16;

    /// <summary>Jobs in flight per provider, for providers not in <see cref="MaxInFlightByProvider"/>. Default 8.</summary>
    public int MaxInFlightPerProvider { get; init; } = 8;

    /// <summary>Per-provider limits (provider id → jobs in flight), e.g. a plan's concurrency quota.</summary>
    public IReadOnlyDictionary<string, int> MaxInFlightByProvider { get; init; } = new Dictionary<string, int>();

    /// <summary>How each job is awaited. <see cref="WaitOptions.ThrowOnFailure"/> is ignored: a failed job is a result, never a thrown exception.</summary>
    public WaitOptions Wait { get; init; } = new();
}
