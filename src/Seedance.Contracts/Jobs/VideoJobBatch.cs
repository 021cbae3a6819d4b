using System.Collections.Concurrent;

namespace Seedance.Contracts;

/// <summary>
/// Submits and awaits many jobs with bounded concurrency: at most <see cref="VideoJobBatchOptions.MaxInFlight"/>
/// jobs in flight overall and a cap per provider, so one provider's quota is not exceeded while another's
/// jobs wait. One job's failure (refused request, provider error, failed render) does not stop the others.
/// </summary>
public static class VideoJobBatch
{
    /// <summary>
    /// Runs every job to its end and returns one result per job, in input order. Cancelling the token stops
    /// submitting and waiting (the jobs already submitted keep running on the provider): the method then
    /// returns, and every unfinished job's result carries the <see cref="OperationCanceledException"/> and,
    /// when it was submitted, its <see cref="VideoJob"/>, so its id is not lost. Argument errors throw.
    /// </summary>
    public static async Task<IReadOnlyList<VideoJobResult>> RunAsync(
        IEnumerable<VideoJobWork> work,
        VideoJobBatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        options ??= new VideoJobBatchOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxInFlight, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxInFlightPerProvider, 1, nameof(options));
        var items = work.ToArray();
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(work));
            ArgumentNullException.ThrowIfNull(item.Client, nameof(work));
            ArgumentNullException.ThrowIfNull(item.Request, nameof(work));
        }

        var wait = options.Wait with { ThrowOnFailure = false };
        var results = new VideoJobResult[items.Length];
        using var overall = new SemaphoreSlim(options.MaxInFlight);
        var perProvider = new ConcurrentDictionary<string, SemaphoreSlim>(StringComparer.Ordinal);
        try
        {
            await Task.WhenAll(items.Select((item, index) => RunOneAsync(index, item))).ConfigureAwait(false);
        }
        finally
        {
            foreach (var gate in perProvider.Values) gate.Dispose();
        }
        return results;

        async Task RunOneAsync(int index, VideoJobWork item)
        {
            var providerGate = perProvider.GetOrAdd(item.Client.Provider, provider =>
                new SemaphoreSlim(options.MaxInFlightByProvider.TryGetValue(provider, out var cap) && cap > 0 ? cap : options.MaxInFlightPerProvider));
            VideoJob? job = null;
            VideoJobStatus? last = null;
            var providerHeld = false;
            var overallHeld = false;
            try
            {
                // The provider's slot first: jobs for a saturated provider queue without holding an overall slot.
                await providerGate.WaitAsync(cancellationToken).ConfigureAwait(false);
                providerHeld = true;
                await overall.WaitAsync(cancellationToken).ConfigureAwait(false);
                overallHeld = true;
                // A slot freed by a cancelled job can be handed to a queued one before that one sees the
                // cancellation: never start a paid job once the batch is cancelled.
                cancellationToken.ThrowIfCancellationRequested();
                job = await item.Client.SubmitAsync(item.Request, cancellationToken).ConfigureAwait(false);
                last = job.LastStatus;
                last = await job.WaitForCompletionAsync(wait, null, cancellationToken).ConfigureAwait(false);
                results[index] = new VideoJobResult(index, item, job, last,
                    last.State == VideoJobState.Succeeded ? null : new Errors.SeedanceJobFailedException(last));
            }
            catch (Exception failure) when (failure is not OutOfMemoryException)
            {
                // Whatever one job throws stays that job's result; the batch goes on.
                results[index] = new VideoJobResult(index, item, job, job?.LastStatus ?? last, failure);
            }
            finally
            {
                if (overallHeld) overall.Release();
                if (providerHeld) providerGate.Release();
            }
        }
    }
}
