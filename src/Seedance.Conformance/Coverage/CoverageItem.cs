namespace Seedance.Conformance.Coverage;

/// <summary>One operation or one documented status of an operation, and how it is covered.</summary>
/// <param name="Provider">The provider id.</param>
/// <param name="Operation">The operationId.</param>
/// <param name="Status">The documented status, or null for the operation itself.</param>
/// <param name="State">Covered, skipped or missing.</param>
/// <param name="Detail">The covering scenarios, or the skip reason.</param>
internal sealed record CoverageItem(string Provider, string Operation, string? Status, CoverageState State, string Detail)
{
    /// <summary><c>provider/operation</c> or <c>provider/operation status</c>.</summary>
    public string Name => Status is null ? $"{Provider}/{Operation}" : $"{Provider}/{Operation} {Status}";
}

/// <summary>How an item is covered.</summary>
internal enum CoverageState
{
    /// <summary>At least one scenario (and, for an operation, a driver).</summary>
    Covered,

    /// <summary>On the skip list, with its reason.</summary>
    Skipped,

    /// <summary>Neither: the coverage check fails.</summary>
    Missing,
}
