using System.Diagnostics;
using Seedance.Contracts;
using Spectre.Console;

namespace Seedance.Cli.Output;

/// <summary>
/// Downloads a job's video to a file: a bar with bytes and rate on a terminal, one summary line otherwise,
/// nothing with <c>--json</c> (the caller prints the result). The SDK writes to a temporary file and moves it in
/// place only when whole, so an interrupted download leaves nothing behind.
/// </summary>
internal static class VideoSaver
{
    /// <summary>Returns the size of the saved file.</summary>
    public static async Task<long> SaveAsync(VideoJob job, string file, CliConsole console, bool json, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        if (json || !console.ShowsProgress)
        {
            await job.DownloadToFileAsync(file, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await console.Terminal.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new DownloadedColumn(), new TransferSpeedColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(Markup.Escape(Path.GetFileName(file)), maxValue: 1);
                    task.IsIndeterminate = true;
                    var progress = new InlineProgress<DownloadProgress>(p =>
                    {
                        // Spectre clamps a value to the maximum, so without a known length the maximum follows the bytes.
                        task.MaxValue = p.TotalBytes is { } total && total > 0 ? total : Math.Max(task.MaxValue, p.BytesReceived);
                        task.IsIndeterminate = p.TotalBytes is not > 0;
                        task.Value = p.BytesReceived;
                        context.Refresh();
                    });
                    await job.DownloadToFileAsync(file, progress, cancellationToken).ConfigureAwait(false);
                    task.IsIndeterminate = false;
                    task.MaxValue = Math.Max(task.Value, 1);
                    task.StopTask();
                }).ConfigureAwait(false);
        }

        var bytes = new FileInfo(file).Length;
        if (!json)
        {
            var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            await console.Out.WriteLineAsync($"Saved {file} ({bytes} bytes, {StatusText.Bytes(bytes / seconds)}/s)").ConfigureAwait(false);
        }
        return bytes;
    }
}
