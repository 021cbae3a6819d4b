namespace Seedance.Generated.Runtime;

/// <summary>
/// Implemented by every generated string enum. Unlike a C# enum, the value type keeps a value the
/// server sends that the spec did not list, so a new provider status never turns into null.
/// </summary>
public interface IExtensibleEnum
{
    /// <summary>The wire value, exactly as sent or received.</summary>
    string Value { get; }

    /// <summary>True when <see cref="Value"/> is one of the values the spec lists.</summary>
    bool IsKnown { get; }
}
