using Seedance.Cli.Output;
using Seedance.Contracts;
using Seedance.Contracts.Errors;

namespace Seedance.Cli.Commands;

/// <summary>
/// Waiting for a job and downloading its video, shared by <c>submit --wait</c>, <c>wait</c> and <c>download</c>.
/// Ctrl+C stops the waiting or the download, never the job: the job's id and the exact command that picks it up
/// again are printed, and the exit code is <see cref="ExitCodes.Interrupted"/>.
/// </summary>
internal static class JobFlow
{
    /// <summary>Waits for <paramref name="job"/> to end and, when it succeeded and <paramref name="downloadTo"/> is set, downloads it.</summary>
    public static async Task<int> WaitAsync(VideoJob job, JobTarget target, WaitSettings wait, string? downloadTo, CliConsole console, CancellationToken cancellationToken)
    {
        VideoJobStatus final;
        try
        {
            final = await JobWatcher.WatchAsync(job, wait.ToWaitOptions(), console, target.Json, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var resume = $"seedance wait {StatusText.Quote(job.Id)}{target.CommandLineSuffix()}" + (downloadTo is null ? "" : $" --download {StatusText.Quote(downloadTo)}");
            return await InterruptedAsync(job, target, "Stopped waiting", resume, console).ConfigureAwait(false);
        }

        if (final.State != VideoJobState.Succeeded)
        {
            // The final status is already printed (plain) or goes into the error object (--json) through the exception.
            throw new SeedanceJobFailedException(final);
        }

        if (downloadTo is null)
        {
            if (target.Json) await console.Out.WriteLineAsync(JsonShapes.Line(JsonShapes.Status(final))).ConfigureAwait(false);
            else await console.Out.WriteLineAsync($"Download it: seedance download {StatusText.Quote(job.Id)} FILE{target.CommandLineSuffix()}").ConfigureAwait(false);
            return ExitCodes.Ok;
        }
        return await DownloadAsync(job, target, downloadTo, console, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Downloads the video of a finished <paramref name="job"/> to <paramref name="file"/>.</summary>
    public static async Task<int> DownloadAsync(VideoJob job, JobTarget target, string file, CliConsole console, CancellationToken cancellationToken)
    {
        long bytes;
        try
        {
            bytes = await VideoSaver.SaveAsync(job, file, console, target.Json, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var resume = $"seedance download {StatusText.Quote(job.Id)} {StatusText.Quote(file)}{target.CommandLineSuffix()}";
            return await InterruptedAsync(job, target, "Stopped downloading (nothing was written)", resume, console).ConfigureAwait(false);
        }

        if (target.Json) await console.Out.WriteLineAsync(JsonShapes.Line(JsonShapes.Download(job.Provider, job.Id, file, bytes))).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static async Task<int> InterruptedAsync(VideoJob job, JobTarget target, string what, string resume, CliConsole console)
    {
        if (target.Json)
        {
            await console.Out.WriteLineAsync(JsonShapes.Line(JsonShapes.Interrupted(job.Provider, job.Id, resume))).ConfigureAwait(false);
        }
        else
        {
            await console.Error.WriteLineAsync($"{what}; job {job.Id} keeps running on {target.Provider}. Resume with:").ConfigureAwait(false);
            await console.Error.WriteLineAsync("  " + resume).ConfigureAwait(false);
        }
        return ExitCodes.Interrupted;
    }
}
