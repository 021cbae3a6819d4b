using System.Buffers;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Http;
using Seedance.Contracts.Telemetry;

namespace Seedance.Contracts.Jobs;

/// <summary>
/// The download engine on top of an "open this URL from this byte" primitive: copies through one pooled
/// buffer, reports progress, resumes a dropped connection with a range request (guarded by <c>If-Range</c>)
/// without fetching again what arrived, checks the length, and asks once for a fresh URL when the signed
/// one is refused.
/// </summary>
internal static class VideoTransfer
{
    /// <summary>The copy buffer: big enough to keep syscalls few, small enough to stay off the large-object heap.</summary>
    internal const int BufferSize = 64 * 1024;

    /// <summary>How many times a dropped transfer is resumed before the failure is the caller's.</summary>
    internal const int MaxResumes = 3;

    /// <summary>
    /// The pause before the first resume; each further one doubles it (0.25 s, 0.5 s, 1 s). A drop is often a
    /// CDN edge or proxy restarting: reconnecting in the same millisecond mostly meets the same failure.
    /// </summary>
    internal static readonly TimeSpan FirstResumeDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>Progress is reported at least every this many bytes (and at the end), not per buffer.</summary>
    private const long ProgressStep = 1024 * 1024;

    public delegate Task<VideoDownload> Opener(Uri url, long offset, string? ifRange, CancellationToken cancellationToken);

    /// <summary>Copies the video at <paramref name="url"/> into <paramref name="destination"/>; returns the bytes written.</summary>
    /// <param name="provider">The provider id, for messages.</param>
    /// <param name="open">Opens the URL from a byte, as <see cref="VideoDownloader.OpenAsync"/>.</param>
    /// <param name="url">The video URL.</param>
    /// <param name="destination">Where the bytes go; must be seekable for a restart from byte 0 after a partial copy.</param>
    /// <param name="progress">Byte progress, or null.</param>
    /// <param name="renew">Gets a fresh URL when the CDN refuses this one (null when there is no way to).</param>
    /// <param name="clock">The clock the pauses between resumes are measured on.</param>
    /// <param name="cancellationToken">Stops the transfer (also during a pause).</param>
    public static async Task<long> CopyAsync(string provider, Opener open, Uri url, Stream destination, IProgress<DownloadProgress>? progress,
        Func<CancellationToken, Task<Uri?>>? renew, TimeProvider clock, CancellationToken cancellationToken)
    {
        // One download span and byte count for every way in (VideoJob's downloads and IVideoJobClient.DownloadAsync).
        using var activity = SeedanceTelemetry.StartCall(SeedanceTelemetry.Download, provider);
        // The host only: the path and query of a signed URL are its credentials.
        if (url is { IsAbsoluteUri: true }) activity?.SetTag(SeedanceTelemetry.ServerAddressTag, url.Host);
        try
        {
            var bytes = await CopyCoreAsync(provider, open, url, destination, progress, renew, clock, cancellationToken).ConfigureAwait(false);
            SeedanceTelemetry.RecordDownload(provider, bytes);
            return bytes;
        }
        catch (Exception failure)
        {
            SeedanceTelemetry.Fail(activity, failure);
            throw;
        }
    }

    private static async Task<long> CopyCoreAsync(string provider, Opener open, Uri url, Stream destination, IProgress<DownloadProgress>? progress,
        Func<CancellationToken, Task<Uri?>>? renew, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(destination);
        if (!destination.CanWrite) throw new ArgumentException("The destination stream is not writable.", nameof(destination));

        var start = destination.CanSeek ? destination.Position : 0;
        long copied = 0;
        long? total = null;
        string? validator = null;
        var resumes = 0;
        var renewed = false;
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            var pausedFor = 0;
            while (true)
            {
                // Each resume (counted below) waits first, longer each time.
                if (resumes > pausedFor)
                {
                    pausedFor = resumes;
                    await Task.Delay(FirstResumeDelay * (1 << (resumes - 1)), clock, cancellationToken).ConfigureAwait(false);
                }

                VideoDownload download;
                try
                {
                    download = await open(url, copied, copied > 0 ? validator : null, cancellationToken).ConfigureAwait(false);
                }
                catch (SeedanceOutputExpiredException) when (renew is not null && !renewed)
                {
                    renewed = true;
                    var fresh = await renew(cancellationToken).ConfigureAwait(false);
                    if (fresh is null || fresh == url) throw;
                    url = fresh;
                    continue;
                }
                catch (SeedanceConnectionException) when (copied > 0 && resumes < MaxResumes && !cancellationToken.IsCancellationRequested)
                {
                    resumes++;
                    continue;
                }

                await using (download.ConfigureAwait(false))
                {
                    if (copied > 0 && download.Offset == 0)
                    {
                        // The server sent the whole file again (no range support, or If-Range saw a changed file).
                        if (!destination.CanSeek)
                            throw ConnectionError(provider, "the transfer broke and the server can only send the whole file again, which this destination cannot take (it is not seekable)", null, HttpRequestError.ResponseEnded);
                        destination.Position = start;
                        destination.SetLength(start);
                        copied = 0;
                    }
                    total ??= download.TotalLength;
                    validator ??= download.Validator;

                    var reported = copied;
                    try
                    {
                        while (true)
                        {
                            var read = await download.Content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false);
                            if (read == 0) break;
                            // A failing destination (disk full, closed stream) surfaces as it is: it is not a network problem.
                            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                            copied += read;
                            if (progress is not null && copied - reported >= ProgressStep)
                            {
                                reported = copied;
                                progress.Report(new DownloadProgress(copied, total));
                            }
                        }
                    }
                    catch (Exception exception) when (exception is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
                    {
                        if (resumes++ < MaxResumes) continue;
                        var error = (exception as HttpRequestException)?.HttpRequestError ?? HttpRequestError.ResponseEnded;
                        throw ConnectionError(provider, $"the download from {Redactor.Default.RedactUrl(url)} broke after {copied} bytes ({error}), {MaxResumes} resumes included", exception, error);
                    }

                    if (total is { } expected && copied != expected)
                    {
                        // A body that ended early without an error (a proxy that closes cleanly) is resumed the same way.
                        if (copied < expected && resumes++ < MaxResumes) continue;
                        throw ConnectionError(provider, $"the download from {Redactor.Default.RedactUrl(url)} ended after {copied} of {expected} bytes", null, HttpRequestError.ResponseEnded);
                    }

                    progress?.Report(new DownloadProgress(copied, total));
                    return copied;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    internal static SeedanceConnectionException ConnectionError(string provider, string what, Exception? inner, HttpRequestError error) =>
        new($"Downloading the {provider} video failed: {what}. Nothing usable was written; download again.",
            error, requestMayHaveBeenSent: true, new SeedanceErrorContext(Provider: provider), inner);
}
