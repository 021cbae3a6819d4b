namespace Seedance.Benchmarks.RoundTrip;

/// <summary>
/// What every round-trip row returns: the job id the create call answered, and the status read's
/// status word and video URL. Equal results across rows are the setup's proof of equal work.
/// </summary>
public sealed record RoundTripResult(string JobId, string Status, string? VideoUrl);
