using Seedance.Contracts.Requests;

namespace Seedance.Contracts;

/// <summary>
/// One provider behind the provider-neutral job API. Implementations are thin: they map a
/// <see cref="VideoRequest"/> onto the generated client, and the provider's task object back onto
/// <see cref="VideoJobStatus"/>. Waiting, progress and downloading live in <see cref="VideoJob"/>.
/// </summary>
public interface IVideoJobClient
{
    /// <summary>The provider id, e.g. <c>seedance2-ink</c>.</summary>
    string Provider { get; }

    /// <summary>What this provider supports; asking for anything else is a validation error.</summary>
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
