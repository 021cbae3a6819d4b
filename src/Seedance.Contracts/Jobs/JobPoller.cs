using Seedance.Contracts.Errors;

namespace Seedance.Contracts.Jobs;

/// <summary>The polling loop behind <see cref="VideoJob.WaitForCompletionAsync"/>.</summary>
internal static class JobPoller
{
    public static async Task<VideoJobStatus> WaitAsync(
        VideoJob job,
        TimeSpan providerInterval,
        WaitOptions options,
        IProgress<VideoJobStatus>? progress,
        CancellationToken cancellationToken)
    {
        var clock = options.TimeProvider;
        var started = clock.GetTimestamp();
        while (true)
        {
            var status = await job.UpdateAsync(cancellationToken).ConfigureAwait(false);
            progress?.Report(status);
            if (status.IsTerminal)
            {
                if (status.State == VideoJobState.Succeeded || !options.ThrowOnFailure)
                {
                    return status;
                }

                throw new SeedanceJobFailedException(status);
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
                progress?.Report(last);
                if (last.IsTerminal)
                {
                    if (last.State == VideoJobState.Succeeded || !options.ThrowOnFailure)
                    {
                        return last;
                    }

                    throw new SeedanceJobFailedException(last);
                }

                throw DeadlineExceeded(job, last, limit);
            }
        }
    }

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
