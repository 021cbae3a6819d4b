using Seedance.Contracts;
using Spectre.Console;

namespace Seedance.Cli.Output;

/// <summary>
/// Follows a job to its end through <see cref="VideoJob.WatchAsync(WaitOptions, CancellationToken)"/>: a live
/// status line with the provider's word and percent on a terminal, one plain line per change otherwise, nothing
/// with <c>--json</c>. Returns the terminal status; cancellation propagates (the caller prints how to resume).
/// </summary>
internal static class JobWatcher
{
    public static async Task<VideoJobStatus> WatchAsync(VideoJob job, WaitOptions options, CliConsole console, bool json, CancellationToken cancellationToken)
    {
        if (json || !console.ShowsProgress)
        {
            VideoJobStatus? last = null;
            await foreach (var status in job.WatchAsync(options, cancellationToken).ConfigureAwait(false))
            {
                last = status;
                if (!json) await console.Out.WriteLineAsync(StatusText.Describe(status)).ConfigureAwait(false);
            }
            return last ?? throw new InvalidOperationException($"The wait for {job.Id} ended without a status.");
        }

        return await console.Terminal.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape($"{job.Id}: waiting"), maxValue: 100);
                task.IsIndeterminate = true;
                VideoJobStatus? last = null;
                await foreach (var status in job.WatchAsync(options, cancellationToken).ConfigureAwait(false))
                {
                    last = status;
                    task.Description = Markup.Escape(StatusText.Describe(status));
                    // Only CometAPI /v1/videos reports a percentage; elsewhere the bar stays indeterminate until the end.
                    if (status.Progress is { } percent)
                    {
                        task.IsIndeterminate = false;
                        task.Value = percent;
                    }
                    if (status.IsTerminal)
                    {
                        task.IsIndeterminate = false;
                        task.Value = status.State == VideoJobState.Succeeded ? 100 : task.Value;
                        task.StopTask();
                    }
                    context.Refresh();
                }
                return last ?? throw new InvalidOperationException($"The wait for {job.Id} ended without a status.");
            }).ConfigureAwait(false);
    }
}
