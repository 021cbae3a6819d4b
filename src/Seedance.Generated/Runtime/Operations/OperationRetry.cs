namespace Seedance.Generated.Runtime;

/// <summary>
/// Whether an operation may be sent again after the server may have received it
/// (<c>x-seedance-retry</c> in the spec). The handwritten layer maps it onto its own retry policy.
/// </summary>
internal enum OperationRetry
{
    /// <summary><c>idempotent</c>: replaying it does no harm (reads, cancels, query routes sent with POST).</summary>
    Idempotent,

    /// <summary><c>create</c>: it starts a paid job, so it is never replayed once it may have been received.</summary>
    Create,
}
