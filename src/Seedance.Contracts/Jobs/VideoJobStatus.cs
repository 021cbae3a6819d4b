namespace Seedance.Contracts;

/// <summary>A job's status as observed at one moment.</summary>
/// <param name="JobId">The provider's job id.</param>
/// <param name="Provider">The provider id.</param>
/// <param name="State">The normalized state.</param>
/// <param name="RawStatus">The provider's own status word, unchanged.</param>
/// <param name="Progress">Percent done (0..100) where the provider reports it.</param>
/// <param name="VideoUrl">The video's (often signed, short-lived) URL once succeeded.</param>
/// <param name="Error">Why the job failed, when it did.</param>
public sealed record VideoJobStatus(
    string JobId,
    string Provider,
    VideoJobState State,
    string? RawStatus,
    int? Progress = null,
    Uri? VideoUrl = null,
    VideoJobError? Error = null)
{
    /// <summary>The last frame's URL, where the provider returns one (Ark <c>return_last_frame</c>).</summary>
    public Uri? LastFrameUrl { get; init; }

    /// <summary>How long the server asked the client to wait before polling again (Retry-After), if it did.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Tokens the provider billed, where it reports them (the Volc route and AceData, once the job ends).</summary>
    public VideoJobUsage? Usage { get; init; }

    /// <summary>Credits or cost the provider reported for the job, where it does (Seedance2.ink <c>creditsCharged</c>).</summary>
    public double? CreditsCharged { get; init; }

    /// <summary>
    /// The request id of the response this status came from (<c>x-request-id</c> and the other headers in
    /// docs/errors.md), for a support ticket about a job that went wrong without an error. Null when the
    /// provider sent none.
    /// </summary>
    public string? RequestId { get; init; }

    /// <summary>True once the job will not change any more.</summary>
    public bool IsTerminal => State.IsTerminal();

    /// <inheritdoc />
    // Signed video URLs carry credentials in their query string; never print it.
    public override string ToString() =>
        $"{Provider} job {JobId}: {State} ({RawStatus ?? "no status"}){(Progress is { } p ? $" {p}%" : "")}"
        + (VideoUrl is null ? "" : $" video {VideoUrl.GetLeftPart(UriPartial.Path)}")
        + (Error is null ? "" : $" error {Error.Code}: {Error.Message}");
}
