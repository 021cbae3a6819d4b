using Seedance.Contracts.Errors;
using Seedance.Contracts.Telemetry;

namespace Seedance.Contracts.Jobs;

/// <summary>The polling loop behind <see cref="VideoJob.WaitForCompletionAsync"/>.</summary>
internal static class JobPoller
{
    /// <summary>
    /// One span for the whole wait, open across the polls (their spans nest under it), with an event per
    /// status seen; the wait's duration and poll count are recorded however it ends.
    /// </summary>
    public static async Task<VideoJobStatus> WaitAsync(
        VideoJob job,
        TimeSpan providerInterval,
        WaitOptions options,
        IProgress<VideoJobStatus>? progress,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var activity = SeedanceTelemetry.StartWait(job.Provider, job.Id);
        var clock = options.TimeProvider;
        var started = clock.GetTimestamp();
        long polls = 0;

        void Seen(VideoJobStatus status, bool polled)
        {
            if (polled) polls++;
            SeedanceTelemetry.StatusSeen(activity, status);
            progress?.Report(status);
        }

        try
        {
            var final = await WaitCoreAsync(job, providerInterval, options, started, Seen, cancellationToken).ConfigureAwait(false);
            activity?.SetTag(SeedanceTelemetry.JobStateTag, final.State.ToString());
            activity?.SetTag(SeedanceTelemetry.PollsTag, polls);
            SeedanceTelemetry.RecordWait(job.Provider, final.State, null, clock.GetElapsedTime(started), polls);
            return final;
        }
        catch (Exception failure)
        {
            activity?.SetTag(SeedanceTelemetry.JobStateTag, job.State.ToString());
            activity?.SetTag(SeedanceTelemetry.PollsTag, polls);
            SeedanceTelemetry.Fail(activity, failure);
            SeedanceTelemetry.RecordWait(job.Provider, job.State, failure, clock.GetElapsedTime(started), polls);
            throw;
        }
    }

    private static async Task<VideoJobStatus> WaitCoreAsync(
        VideoJob job,
        TimeSpan providerInterval,
        WaitOptions options,
        long started,
        Action<VideoJobStatus, bool> seen,
        CancellationToken cancellationToken)
    {
        var clock = options.TimeProvider;

        // A job already seen in a terminal state never changes (AceData's blocking reply arrives finished):
        // report it once and return without a call.
        if (job.LastStatus is { IsTerminal: true } known)
        {
            seen(known, false);
            return Finish(known, options);
        }

        while (true)
        {
            var status = await job.UpdateAsync(cancellationToken).ConfigureAwait(false);
            seen(status, true);
            if (status.IsTerminal)
            {
                return Finish(status, options);
            }

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
                seen(last, true);
                if (last.IsTerminal)
                {
                    return Finish(last, options);
                }

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
