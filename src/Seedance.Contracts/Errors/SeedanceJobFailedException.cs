using Seedance.Contracts.Jobs;

namespace Seedance.Contracts.Errors;

/// <summary>A job ended without a video: failed, cancelled or expired. The final status says which and why.</summary>
public sealed class SeedanceJobFailedException : SeedanceException
{
    /// <summary>Creates the exception from the job's final status.</summary>
    public SeedanceJobFailedException(VideoJobStatus finalStatus)
        : base(
            $"{finalStatus.Provider} job {finalStatus.JobId} ended {finalStatus.State} ({finalStatus.RawStatus})"
            + (finalStatus.Error is { } e ? $": {e.Code} {e.Message}".TrimEnd() : "."),
            new SeedanceErrorContext(Provider: finalStatus.Provider, ProviderCode: finalStatus.Error?.Code, ProviderMessage: finalStatus.Error?.Message, RequestId: finalStatus.RequestId))
    {
        FinalStatus = finalStatus;
    }

    /// <summary>The status the job ended in.</summary>
    public VideoJobStatus FinalStatus { get; }

    /// <inheritdoc />
    public override SeedanceErrorCategory Category => SeedanceErrorCategory.JobFailed;

    /// <inheritdoc />
    public override bool IsRetryable => false;
}
