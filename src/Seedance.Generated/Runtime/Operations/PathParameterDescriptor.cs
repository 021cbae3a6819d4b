namespace Seedance.Generated.Runtime;

/// <summary>A path parameter of an operation and the spec's example value for it.</summary>
/// <param name="Name">The name in the path template.</param>
/// <param name="Example">The parameter's <c>example</c>, or null when the spec gives none.</param>
internal sealed record PathParameterDescriptor(string Name, string? Example);
