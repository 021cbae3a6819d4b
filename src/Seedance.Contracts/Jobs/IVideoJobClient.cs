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

    /// <summary>Streams the finished video into <paramref name="destination"/> without holding it in memory.</summary>
    Task DownloadAsync(Uri videoUrl, Stream destination, CancellationToken cancellationToken = default);
}
