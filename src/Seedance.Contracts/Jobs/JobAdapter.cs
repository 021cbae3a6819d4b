using Seedance.Contracts.Errors;
using Seedance.Contracts.Http;
using Seedance.Contracts.Validation;

namespace Seedance.Contracts.Jobs;

/// <summary>
/// What one provider contributes to the job template in <see cref="VideoJobClient"/>: how a validated
/// request becomes the generated body, which generated calls create, read and cancel a job, how their
/// replies read as a <see cref="VideoJobStatus"/>, and the provider's quirks. Validation, the spec
/// check, call safety, id checks and telemetry are the template's, written once for all providers.
/// </summary>
internal abstract class JobAdapter : IDisposable
{
    /// <summary>How the create reply is described when it carries no id ("a reply without …").</summary>
    public abstract string IdName { get; }

    /// <summary>Maps the request onto the provider's body; the result checks the body and sends it.</summary>
    public abstract Task<CreateCall> MapAsync(ValidatedRequest request, CancellationToken cancellationToken);

    /// <summary>Reads the job once through the generated client; null when the body was empty.</summary>
    public abstract Task<JobReply?> GetStatusAsync(string jobId, SeedanceCallScope scope, CancellationToken cancellationToken);

    /// <summary>
    /// How a cancel call may be replayed. Creates are never replayed, and a provider's cancel is
    /// treated the same unless its adapter says the call is harmless to repeat.
    /// </summary>
    public virtual RequestSafety CancelSafety => RequestSafety.Create;

    /// <summary>
    /// Cancels the job. Only adapters of providers whose capability table has <c>Cancel</c> override
    /// this: the template refuses the call before it gets here everywhere else.
    /// </summary>
    public virtual Task<JobReply?> CancelAsync(string jobId, SeedanceCallScope scope, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The capability table says this provider can cancel, but its adapter has no cancel call.");

    /// <summary>True when a failed create is a known quirk this provider recovers from (or explains) itself.</summary>
    public virtual bool Recovers(SeedanceException failure) => false;

    /// <summary>
    /// A free authenticated read for health checks, where the provider has one (true when it ran); false
    /// sends the health probe down the status read of an unknown id instead.
    /// </summary>
    public virtual Task<bool> TryFreeReadAsync(SeedanceCall call, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>Handles a failure <see cref="Recovers"/> accepted: returns the job another way, or throws a clearer exception.</summary>
    public virtual Task<VideoJob> RecoverAsync(SeedanceException failure, ValidatedRequest request, CancellationToken cancellationToken) =>
        Task.FromException<VideoJob>(failure);

    /// <summary>Releases what the adapter owns beyond the client's pipeline (the Volc fallback client).</summary>
    public virtual void Dispose()
    {
    }
}
