using System.Diagnostics;
using System.Runtime.CompilerServices;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Telemetry;

namespace Seedance.Contracts.Jobs;

/// <summary>
/// The polling loop behind <see cref="VideoJob.WatchAsync(CancellationToken)"/> and
/// <see cref="VideoJob.WaitForCompletionAsync"/>: one loop, so both poll the same way (interval,
/// Retry-After, floor, ceiling, deadline) and the wait is the watch's last item.
/// </summary>
internal static class JobPoller
{
    /// <summary>
    /// Each status change, in order, ending with the terminal status. One span for the whole watch, open
    /// across the polls (their spans nest under it), with an event per status seen; the watch's duration
    /// and poll count are recorded however it ends (finished, deadline, cancelled, failed call).
    /// </summary>
    public static async IAsyncEnumerable<VideoJobStatus> WatchAsync(
        VideoJob job,
        TimeSpan providerInterval,
        WaitOptions options,
        IProgress<VideoJobStatus>? progress,
        bool throwOnFailure,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var activity = SeedanceTelemetry.StartWait(job.Provider, job.Id);
        var clock = options.TimeProvider;
        var started = clock.GetTimestamp();
        long polls = 0;
        VideoJobStatus? shown = null;
        var enumerator = PollAsync(job, providerInterval, options, started, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            while (true)
            {
                (VideoJobStatus Status, bool Polled) seen;
                try
                {
                    // An iterator resumes in its caller's context, not its own: make the wait span the parent
                    // of the next poll's span again.
                    if (activity is not null) Activity.Current = activity;
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false)) break;
                    seen = enumerator.Current;
                    if (seen.Polled) polls++;
                    SeedanceTelemetry.StatusSeen(activity, seen.Status);
                    // Reported before the item is handed on: a caller that awaits both sees the same order.
                    progress?.Report(seen.Status);
                    if (seen.Status.IsTerminal && throwOnFailure) Finish(seen.Status, options);
                }
                catch (Exception failure)
                {
                    activity?.SetTag(SeedanceTelemetry.JobStateTag, job.State.ToString());
                    activity?.SetTag(SeedanceTelemetry.PollsTag, polls);
                    SeedanceTelemetry.Fail(activity, failure);
                    SeedanceTelemetry.RecordWait(job.Provider, job.State, failure, clock.GetElapsedTime(started), polls);
                    throw;
                }

                if (seen.Status.IsTerminal)
                {
                    activity?.SetTag(SeedanceTelemetry.JobStateTag, seen.Status.State.ToString());
                    activity?.SetTag(SeedanceTelemetry.PollsTag, polls);
                    SeedanceTelemetry.RecordWait(job.Provider, seen.Status.State, null, clock.GetElapsedTime(started), polls);
                }
                if (shown is not null && !IsChange(shown, seen.Status)) continue;
                shown = seen.Status;
                yield return seen.Status;
            }
        }
    }

    /// <summary>Watches to the end and returns the terminal status (or throws it as <see cref="SeedanceJobFailedException"/>).</summary>
    public static async Task<VideoJobStatus> WaitAsync(
        VideoJob job,
        TimeSpan providerInterval,
        WaitOptions options,
        IProgress<VideoJobStatus>? progress,
        CancellationToken cancellationToken)
    {
        VideoJobStatus? last = null;
        await foreach (var status in WatchAsync(job, providerInterval, options, progress, options.ThrowOnFailure, cancellationToken).ConfigureAwait(false))
        {
            last = status;
        }
        return last!;
    }

    /// <summary>
    /// True when <paramref name="next"/> tells the caller something <paramref name="previous"/> did not. The
    /// server's Retry-After and the reply's request id change on every poll and are not news.
    /// </summary>
    internal static bool IsChange(VideoJobStatus previous, VideoJobStatus next) =>
        previous with { RetryAfter = null, RequestId = null } != next with { RetryAfter = null, RequestId = null };

    /// <summary>Every status seen (and whether a call produced it), until the terminal one.</summary>
    private static async IAsyncEnumerable<(VideoJobStatus Status, bool Polled)> PollAsync(
        VideoJob job,
        TimeSpan providerInterval,
        WaitOptions options,
        long started,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var clock = options.TimeProvider;

        // A job already seen in a terminal state never changes (AceData's blocking reply arrives finished):
        // report it once and end without a call.
        if (job.LastStatus is { IsTerminal: true } known)
        {
            yield return (known, false);
            yield break;
        }

        while (true)
        {
            var status = await job.UpdateAsync(cancellationToken).ConfigureAwait(false);
            yield return (status, true);
            if (status.IsTerminal) yield break;

            var interval = NextInterval(status, providerInterval, options);
            if (options.Deadline is { } deadline)
            {
                var remaining = deadline - clock.GetElapsedTime(started);
                if (remaining <= TimeSpan.Zero)
                {
                    throw DeadlineExceeded(job, status, deadline);
                }

                // Sleep no longer than the deadline allows, then make one last poll at it.
                interval = interval < remaining ? interval : remaining;
            }

            // Cancellation ends this delay with OperationCanceledException: the waiting stops, the remote job does not.
            await Task.Delay(interval, clock, cancellationToken).ConfigureAwait(false);

            if (options.Deadline is { } limit && clock.GetElapsedTime(started) >= limit)
            {
                var last = await job.UpdateAsync(cancellationToken).ConfigureAwait(false);
                yield return (last, true);
                if (last.IsTerminal) yield break;

                throw DeadlineExceeded(job, last, limit);
            }
        }
    }

    private static VideoJobStatus Finish(VideoJobStatus status, WaitOptions options) =>
        status.State == VideoJobState.Succeeded || !options.ThrowOnFailure ? status : throw new SeedanceJobFailedException(status);

    /// <summary>The server's Retry-After wins over the configured interval, which wins over the provider's cadence; all clamped.</summary>
    internal static TimeSpan NextInterval(VideoJobStatus status, TimeSpan providerInterval, WaitOptions options)
    {
        var wanted = status.RetryAfter ?? options.PollInterval ?? providerInterval;
        if (wanted < options.MinPollInterval)
        {
            return options.MinPollInterval;
        }

        return wanted > options.MaxPollInterval ? options.MaxPollInterval : wanted;
    }

    private static SeedanceTimeoutException DeadlineExceeded(VideoJob job, VideoJobStatus status, TimeSpan deadline) =>
        new(
            $"Stopped waiting for {job.Provider} job {job.Id} after {deadline}; it is still {status.State} ({status.RawStatus}) and keeps running on the server.",
            SeedanceTimeoutKind.WaitDeadline,
            deadline,
            new SeedanceErrorContext(Provider: job.Provider));
}
