namespace Seedance.Contracts;

/// <summary>How one job of a <see cref="VideoJobBatch"/> ended.</summary>
/// <param name="Index">The job's position in the input.</param>
/// <param name="Work">What was asked.</param>
/// <param name="Job">The submitted job, or null when it was never submitted (refused, failed to send, cancelled first). Keep its id to look it up later.</param>
/// <param name="FinalStatus">The last status seen: terminal unless the wait stopped early.</param>
/// <param name="Error">Why it did not succeed: the submit's or the wait's exception, <see cref="Errors.SeedanceJobFailedException"/> for a job that ended without a video, or <see cref="OperationCanceledException"/> when the batch was cancelled first. Null on success.</param>
public sealed record VideoJobResult(int Index, VideoJobWork Work, VideoJob? Job, VideoJobStatus? FinalStatus, Exception? Error)
{
    /// <summary>True when the job finished with a video.</summary>
    public bool Succeeded => Error is null && FinalStatus?.State == VideoJobState.Succeeded;
}
