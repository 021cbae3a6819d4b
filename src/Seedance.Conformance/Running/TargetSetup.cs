namespace Seedance.Conformance.Running;

/// <summary>Where a scenario's requests go, or why it does not run on this target.</summary>
/// <param name="BaseUrl">The provider base URL for this run.</param>
/// <param name="SkipReason">Why it is skipped; null when it runs.</param>
internal sealed record TargetSetup(Uri? BaseUrl, string? SkipReason)
{
    /// <summary>Runs against <paramref name="baseUrl"/>.</summary>
    public static TargetSetup Run(Uri baseUrl) => new(baseUrl, null);

    /// <summary>Skipped for <paramref name="reason"/>.</summary>
    public static TargetSetup Skip(string reason) => new(null, reason);
}
