namespace Seedance.Generated.Runtime;

/// <summary>
/// The normalized job state a provider's status word maps to (the values of <c>x-seedance-states</c>).
/// The names are those of <c>Seedance.Contracts.Jobs.VideoJobState</c>, which reads them by name; a word
/// the spec does not list is unknown there, so there is no <c>Unknown</c> member here.
/// </summary>
internal enum SpecJobState
{
    /// <summary>Accepted, not started.</summary>
    Queued,

    /// <summary>Rendering.</summary>
    Running,

    /// <summary>Done, with a video.</summary>
    Succeeded,

    /// <summary>Ended without a video.</summary>
    Failed,

    /// <summary>Stopped on request.</summary>
    Cancelled,

    /// <summary>Dropped by the provider before it ran.</summary>
    Expired,
}
