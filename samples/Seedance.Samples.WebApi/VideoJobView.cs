using Seedance.Contracts;

namespace Seedance.Samples.WebApi;

/// <summary>
/// What the API returns about a job. The video URL is left out on purpose: it is signed and short-lived,
/// so clients fetch the video through <c>GET /videos/{id}/content</c> instead.
/// </summary>
public sealed record VideoJobView(string Id, string Provider, string State, string? RawStatus, int? Progress, string? Error)
{
    /// <summary>The view of one observed status.</summary>
    public static VideoJobView From(VideoJobStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new(status.JobId, status.Provider, status.State.ToString(), status.RawStatus, status.Progress, status.Error?.Message);
    }
}
