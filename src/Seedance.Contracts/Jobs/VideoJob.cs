using Seedance.Contracts.Jobs;
using Seedance.Contracts.Telemetry;

namespace Seedance.Contracts;

/// <summary>
/// A handle on one video job (a long-running operation). It holds no connection: it can be
/// rebuilt from a saved <see cref="Id"/> with <see cref="IVideoJobClient.GetJob"/>. Cancelling a
/// token passed to any method stops that call only; the remote job keeps running unless
/// <see cref="CancelAsync"/> is called.
/// </summary>
public class VideoJob
{
    private readonly IVideoJobClient _client;
    private VideoJobStatus? _last;

    /// <summary>Creates a handle; use <see cref="IVideoJobClient.SubmitAsync"/> or <see cref="IVideoJobClient.GetJob"/>.</summary>
    public VideoJob(IVideoJobClient client, string id, VideoJobStatus? initialStatus = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        _client = client;
        Id = id;
        _last = initialStatus;
        // A job can be born finished (AceData's blocking reply): that is when it was seen to finish.
        if (initialStatus is { IsTerminal: true }) SeedanceTelemetry.RecordFinished(initialStatus);
    }

    /// <summary>For mocking.</summary>
    protected VideoJob()
    {
        _client = null!;
        Id = "";
    }

    /// <summary>The provider's job id; save it to rebuild the handle later.</summary>
    public virtual string Id { get; }

    /// <summary>The provider id.</summary>
    public virtual string Provider => _client.Provider;

    /// <summary>The last status seen, or null before the first update of a rebuilt handle.</summary>
    public virtual VideoJobStatus? LastStatus => Volatile.Read(ref _last);

    /// <summary>The last normalized state seen.</summary>
    public virtual VideoJobState State => LastStatus?.State ?? VideoJobState.Unknown;

    /// <summary>The provider's last raw status word.</summary>
    public virtual string? RawStatus => LastStatus?.RawStatus;

    /// <summary>The last progress percentage reported, where the provider reports one.</summary>
    public virtual int? Progress => LastStatus?.Progress;

    /// <summary>True once the job reached a terminal state.</summary>
    public virtual bool HasCompleted => LastStatus?.IsTerminal ?? false;

    /// <summary>Polls the provider once and remembers the result.</summary>
    public virtual async Task<VideoJobStatus> UpdateAsync(CancellationToken cancellationToken = default)
    {
        var status = await _client.GetStatusAsync(Id, cancellationToken).ConfigureAwait(false);
        Remember(status);
        return status;
    }

    /// <summary>
    /// Polls until the job ends, reporting every status to <paramref name="progress"/> in order. The SDK calls
    /// <see cref="IProgress{T}.Report"/> in order on the polling thread; <see cref="Progress{T}"/> then posts each
    /// call to the thread pool (without a synchronization context), where they can run out of order. Use
    /// <see cref="WatchAsync(CancellationToken)"/> to observe statuses in order.
    /// The interval is the server's Retry-After when it sends one, else the configured or the
    /// provider's documented cadence, always clamped to the floor and ceiling of <paramref name="options"/>.
    /// </summary>
    /// <exception cref="Errors.SeedanceJobFailedException">The job ended without a video and <see cref="WaitOptions.ThrowOnFailure"/> is set.</exception>
    /// <exception cref="Errors.SeedanceTimeoutException">The deadline passed; the job keeps running.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; the job keeps running.</exception>
    public virtual Task<VideoJobStatus> WaitForCompletionAsync(
        WaitOptions? options = null,
        IProgress<VideoJobStatus>? progress = null,
        CancellationToken cancellationToken = default) =>
        JobPoller.WaitAsync(this, _client.DefaultPollInterval, options ?? new WaitOptions(), progress, cancellationToken);

    /// <summary>
    /// Polls until the job ends and yields each change of its status, in order: the first status seen, then
    /// one item per change (state, provider word, progress, URLs, error, credits), ending with the terminal
    /// status; the stream then completes. A job that ends without a video ends the stream with that status;
    /// nothing is thrown for it. Polling is the wait's (<see cref="WaitOptions"/>: interval, Retry-After,
    /// floor, ceiling, deadline; defaults here).
    /// </summary>
    /// <exception cref="Errors.SeedanceTimeoutException">The deadline passed; the job keeps running.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; the job keeps running.</exception>
    public virtual IAsyncEnumerable<VideoJobStatus> WatchAsync(CancellationToken cancellationToken = default) =>
        WatchAsync(new WaitOptions(), cancellationToken);

    /// <summary>Like <see cref="WatchAsync(CancellationToken)"/>, polling as <paramref name="options"/> say.</summary>
    /// <exception cref="Errors.SeedanceTimeoutException">The deadline passed; the job keeps running.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; the job keeps running.</exception>
    public virtual IAsyncEnumerable<VideoJobStatus> WatchAsync(WaitOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return JobPoller.WatchAsync(this, _client.DefaultPollInterval, options, null, throwOnFailure: false, cancellationToken);
    }

    /// <summary>Asks the provider to cancel the job (where it can) and remembers the returned status.</summary>
    public virtual async Task<VideoJobStatus> CancelAsync(CancellationToken cancellationToken = default)
    {
        var status = await _client.CancelAsync(Id, cancellationToken).ConfigureAwait(false);
        Remember(status);
        return status;
    }

    /// <summary>Streams the finished video into <paramref name="destination"/>; updates first if no video URL is known yet.</summary>
    public virtual Task DownloadToAsync(Stream destination, CancellationToken cancellationToken = default) =>
        DownloadToAsync(destination, null, cancellationToken);

    /// <summary>
    /// Streams the finished video into <paramref name="destination"/>, reporting bytes to <paramref name="progress"/>.
    /// A dropped connection is resumed with range requests (without fetching again what arrived); when the
    /// signed URL has expired, the job's status is read once for a fresh one.
    /// </summary>
    /// <exception cref="Errors.SeedanceOutputExpiredException">The video's URL was refused and the status had no other.</exception>
    /// <exception cref="Errors.SeedanceConnectionException">The transfer broke more often than it may be resumed.</exception>
    public virtual async Task DownloadToAsync(Stream destination, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var url = await GetVideoUrlAsync(cancellationToken).ConfigureAwait(false);
        await VideoTransfer.CopyAsync(Provider, _client.OpenVideoAsync, url, destination, progress, RenewUrlAsync,
            (_client as VideoJobClient)?.Clock ?? TimeProvider.System, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Downloads the finished video into a file; see <see cref="DownloadToFileAsync(string, IProgress{DownloadProgress}?, CancellationToken)"/>.</summary>
    public virtual Task DownloadToFileAsync(string path, CancellationToken cancellationToken = default) =>
        DownloadToFileAsync(path, null, cancellationToken);

    /// <summary>
    /// Downloads the finished video into a file, atomically: the bytes go to a temporary file beside it,
    /// which replaces <paramref name="path"/> only once complete. A failed or cancelled download leaves no
    /// partial file, and a file already at <paramref name="path"/> is kept until the new one is whole.
    /// </summary>
    public virtual async Task DownloadToFileAsync(string path, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.partial");
        try
        {
            var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous);
            await using (file.ConfigureAwait(false))
            {
                await DownloadToAsync(file, progress, cancellationToken).ConfigureAwait(false);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Opens the finished video for reading, with its content type and length, e.g. to stream it on from an
    /// endpoint. When the signed URL has expired, the job's status is read once for a fresh one. The stream
    /// is the live response: it is not resumed if the connection drops (use <see cref="DownloadToAsync(Stream, IProgress{DownloadProgress}?, CancellationToken)"/> for that).
    /// </summary>
    /// <exception cref="Errors.SeedanceOutputExpiredException">The video's URL was refused and the status had no other.</exception>
    public virtual async Task<VideoDownload> OpenReadAsync(CancellationToken cancellationToken = default)
    {
        var url = await GetVideoUrlAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await _client.OpenVideoAsync(url, 0, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Errors.SeedanceOutputExpiredException)
        {
            var fresh = await RenewUrlAsync(cancellationToken).ConfigureAwait(false);
            if (fresh is null || fresh == url) throw;
            return await _client.OpenVideoAsync(fresh, 0, null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A fresh video URL from a new status read (providers sign a new URL per read), or null.</summary>
    private async Task<Uri?> RenewUrlAsync(CancellationToken cancellationToken) =>
        (await UpdateAsync(cancellationToken).ConfigureAwait(false)).VideoUrl;

    /// <inheritdoc />
    public override string ToString() => LastStatus?.ToString() ?? $"{Provider} job {Id} (not polled yet)";

    /// <summary>Keeps the status; counts the job as finished the first time this handle sees it terminal.</summary>
    private void Remember(VideoJobStatus status)
    {
        var previous = Interlocked.Exchange(ref _last, status);
        if (status.IsTerminal && previous is not { IsTerminal: true }) SeedanceTelemetry.RecordFinished(status);
    }

    private async Task<Uri> GetVideoUrlAsync(CancellationToken cancellationToken)
    {
        var status = LastStatus;
        if (status?.VideoUrl is null)
        {
            status = await UpdateAsync(cancellationToken).ConfigureAwait(false);
        }

        return status.VideoUrl ?? throw new Errors.SeedanceException(
            $"{Provider} job {Id} has no video to download (state {status.State}).",
            new Errors.SeedanceErrorContext(Provider: Provider));
    }
}
