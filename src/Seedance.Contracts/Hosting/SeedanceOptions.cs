using System.Diagnostics;

namespace Seedance.Contracts;

/// <summary>
/// The settings <c>AddSeedance</c> binds, from the configuration section <see cref="SectionName"/>:
/// one entry per provider under <c>Seedance:Providers:&lt;provider id&gt;</c>. Plain values only (strings,
/// <see cref="TimeSpan"/>s, lists), so both configuration binders and the binding source generator read
/// it; runtime services (logging, clock, HTTP handlers) come from dependency injection.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SeedanceOptions
{
    /// <summary>The conventional configuration section: <c>Seedance</c>.</summary>
    public const string SectionName = "Seedance";

    /// <summary>The providers to use, keyed by provider id (<c>seedance2-ink</c>, <c>cometapi-volc</c> ...); ids match without regard to case.</summary>
    public IDictionary<string, SeedanceProviderOptions> Providers { get; set; } =
        new Dictionary<string, SeedanceProviderOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The configured provider ids; never a key.</summary>
    public override string ToString() => $"SeedanceOptions(Providers: {string.Join(", ", Providers.Keys)})";
}
