using System.Text.RegularExpressions;
using Seedance.Conformance.Scenarios;

namespace Seedance.Conformance.Cli;

/// <summary>Selects scenarios by provider and by name (glob with <c>*</c>/<c>?</c>, else prefix).</summary>
public static class ScenarioFilter
{
    /// <summary>The scenarios the options select.</summary>
    public static IReadOnlyList<Scenario> Apply(IReadOnlyList<Scenario> scenarios, RunnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(options);
        return scenarios
            .Where(s => options.Providers.Count == 0 || options.Providers.Contains(s.Provider))
            .Where(s => options.Scenarios.Count == 0 || options.Scenarios.Any(p => Matches(s.Name, p)))
            .ToList();
    }

    /// <summary>Whether <paramref name="name"/> matches <paramref name="pattern"/>.</summary>
    public static bool Matches(string name, string pattern)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.Contains('*', StringComparison.Ordinal) || pattern.Contains('?', StringComparison.Ordinal))
        {
            var regex = "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";
            return Regex.IsMatch(name, regex, RegexOptions.CultureInvariant);
        }
        return name.StartsWith(pattern, StringComparison.Ordinal);
    }
}
