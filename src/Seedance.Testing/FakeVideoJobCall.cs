using Seedance.Contracts;

namespace Seedance.Testing;

/// <summary>Which member of <see cref="IVideoJobClient"/> a <see cref="FakeVideoJobCall"/> records.</summary>
public enum FakeVideoJobCallKind
{
    /// <summary><see cref="IVideoJobClient.SubmitAsync"/> with a request that passed validation.</summary>
    Submit,

    /// <summary><see cref="IVideoJobClient.GetStatusAsync"/> (every poll of a wait is one).</summary>
    GetStatus,

    /// <summary><see cref="IVideoJobClient.CancelAsync"/> on a provider that can cancel.</summary>
    Cancel,

    /// <summary><see cref="IVideoJobClient.DownloadAsync"/>.</summary>
    Download,

    /// <summary><see cref="IVideoJobClient.OpenVideoAsync"/> (what <see cref="VideoJob.DownloadToFileAsync(string, CancellationToken)"/> and <see cref="VideoJob.OpenReadAsync"/> call).</summary>
    OpenVideo,
}

/// <summary>
/// One call a <see cref="FakeVideoJobClient"/> received, in the order received. Only calls that would have
/// reached the provider are recorded: a request refused by validation, or a cancel on a provider that cannot
/// cancel, sends nothing and records nothing.
/// </summary>
/// <param name="Kind">Which member was called.</param>
/// <param name="JobId">The job the call was about; for a submit, the id it created (null when the submit threw).</param>
/// <param name="Request">The submitted request (submits only).</param>
/// <param name="VideoUrl">The video URL (downloads only).</param>
/// <param name="Offset">The byte a download started from (<see cref="FakeVideoJobCallKind.OpenVideo"/> resumes from a non-zero one).</param>
public sealed record FakeVideoJobCall(FakeVideoJobCallKind Kind, string? JobId, VideoRequest? Request = null, Uri? VideoUrl = null, long Offset = 0);
