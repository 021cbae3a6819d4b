using Seedance.Generated;

namespace Seedance.Conformance.Drivers;

/// <summary>
/// The driver of every operation in the specs, one per generated operation descriptor: an operation
/// added to a spec has a driver as soon as the client is regenerated.
/// </summary>
internal static class OperationDrivers
{
    /// <summary>The driver for an operation, or null when no spec has it.</summary>
    public static OperationDriver? For(string provider, string operationId) =>
        SeedanceOperations.Find(provider, operationId) is { } descriptor ? new OperationDriver(descriptor) : null;
}
