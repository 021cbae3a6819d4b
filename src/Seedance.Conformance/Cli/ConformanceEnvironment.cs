namespace Seedance.Conformance.Cli;

/// <summary>
/// The environment variables the runner reads (live keys). Tests pass their own values instead of
/// touching the process environment.
/// </summary>
public sealed class ConformanceEnvironment
{
    private readonly IReadOnlyDictionary<string, string?> _variables;

    /// <summary>Wraps a set of variables.</summary>
    public ConformanceEnvironment(IReadOnlyDictionary<string, string?> variables) => _variables = variables;

    /// <summary>The process environment.</summary>
    public static ConformanceEnvironment FromProcess()
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = entry.Value as string;
        }
        return new ConformanceEnvironment(variables);
    }

    /// <summary>The value of <paramref name="name"/>, or null when unset or blank.</summary>
    public string? Get(string name) =>
        _variables.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
