namespace Seedance.Contracts;

/// <summary>
/// The tokens a provider billed for a job, as it reported them (Ark's <c>usage</c> object, passed through by
/// the CometAPI Volcengine route and AceData). Seedance2.ink reports credits instead
/// (<see cref="VideoJobStatus.CreditsCharged"/>); CometAPI <c>/v1/videos</c> reports neither.
/// </summary>
/// <param name="CompletionTokens">Tokens billed for the generated video.</param>
/// <param name="TotalTokens">All tokens billed for the job.</param>
public sealed record VideoJobUsage(long? CompletionTokens, long? TotalTokens);
