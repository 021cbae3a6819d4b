namespace Seedance.Contracts;

/// <summary>
/// One provider behind the provider-neutral job API. <see cref="VideoJobClient"/> implements it once
/// for all four providers; each provider only maps a <see cref="VideoRequest"/> onto its generated
/// client and its task object back onto <see cref="VideoJobStatus"/>. Waiting, progress and
/// downloading live in <see cref="VideoJob"/>. What a provider cannot do is visible before calling,
/// in <see cref="Capabilities"/> (for example <see cref="ProviderCapabilities.Cancel"/>).
/// </summary>
public interface IVideoJobClient
{
    /// <summary>The provider id, e.g. <c>seedance2-ink</c>.</summary>
    string Provider { get; }

    /// <summary>
    /// What this provider supports: asking for anything else in a request is a validation error, and
    /// <see cref="CancelAsync"/> works only where <see cref="ProviderCapabilities.Cancel"/> is true.
    /// </summary>
    ProviderCapabilities Capabilities { get; }

    /// <summary>How often to poll when the server does not say (its documented cadence).</summary>
    TimeSpan DefaultPollInterval { get; }

    /// <summary>Validates the request against the catalog, then creates the job (a paid call, never retried once it may have reached the server).</summary>
    Task<VideoJob> SubmitAsync(VideoRequest request, CancellationToken cancellationToken = default);

    /// <summary>Rebuilds a handle from a saved job id without calling the provider.</summary>
    VideoJob GetJob(string jobId);

    /// <summary>Reads the job's current status once.</summary>
    Task<VideoJobStatus> GetStatusAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Asks the provider to cancel the job. Where the provider documents no cancel call
    /// (<see cref="ProviderCapabilities.Cancel"/> is false) it throws <see cref="Errors.SeedanceNotSupportedException"/>
    /// without sending anything.
    /// </summary>
    Task<VideoJobStatus> CancelAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams the finished video into <paramref name="destination"/> without holding it in memory, resuming a
    /// dropped connection with range requests. <see cref="VideoJob.DownloadToAsync(Stream, IProgress{DownloadProgress}?, CancellationToken)"/>
    /// adds progress and a fresh URL when this one has expired.
    /// </summary>
    Task DownloadAsync(Uri videoUrl, Stream destination, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens the video with one GET (never HEAD: a signed URL's signature covers the method) and returns its
    /// body with its content type and length; a range from <paramref name="offset"/> when it is not 0, guarded
    /// by <paramref name="ifRange"/> (an ETag or a Last-Modified date). The download engine resumes with it.
    /// </summary>
    /// <exception cref="Errors.SeedanceOutputExpiredException">The URL was refused (401, 403, 404, 410).</exception>
    Task<VideoDownload> OpenVideoAsync(Uri videoUrl, long offset = 0, string? ifRange = null, CancellationToken cancellationToken = default);
}
