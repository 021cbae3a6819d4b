using System.Diagnostics;

namespace Seedance.Contracts;

/// <summary>
/// A provider API key. The value is reachable only inside the SDK (the authentication provider and
/// the redactor); <see cref="ToString"/>, the debugger view and any serializer see a redacted form.
/// </summary>
[DebuggerDisplay("SeedanceApiKey(REDACTED)")]
public sealed class SeedanceApiKey
{
    /// <summary>Wraps a key.</summary>
    /// <exception cref="ArgumentException">The key is empty, or contains whitespace or control characters (which would break or inject into the Authorization header).</exception>
    public SeedanceApiKey(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        // The message must not echo the key.
        if (key.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            throw new ArgumentException("The API key contains whitespace or control characters.", nameof(key));
        Value = key;
    }

    /// <summary>The key itself. Internal on purpose: nothing public hands it back.</summary>
    internal string Value { get; }

    /// <summary>Reads a key from an environment variable.</summary>
    /// <exception cref="InvalidOperationException">The variable is unset or empty; the message names it.</exception>
    /// <exception cref="ArgumentException">The value contains whitespace or control characters (not shown).</exception>
    public static SeedanceApiKey FromEnvironment(string variable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(variable);
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidOperationException($"The environment variable {variable} is not set (or is empty); set it to the provider's API key.");
        try
        {
            return new SeedanceApiKey(value.Trim());
        }
        catch (ArgumentException exception)
        {
            throw new ArgumentException($"The environment variable {variable} holds a key with whitespace or control characters (the value is not shown).", nameof(variable), exception);
        }
    }

    /// <summary>A redacted form; never the key.</summary>
    public override string ToString() => "SeedanceApiKey(REDACTED)";
}
