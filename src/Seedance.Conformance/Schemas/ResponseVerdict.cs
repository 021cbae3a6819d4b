namespace Seedance.Conformance.Schemas;

/// <summary>What <see cref="ResponseChecker"/> found in one response.</summary>
/// <param name="Operation">The operationId the request matched; null when it matched none.</param>
/// <param name="Violations">Schema failures (the scenario fails).</param>
/// <param name="Drift">Drift (reported; a failure only with <c>--strict</c>).</param>
internal sealed record ResponseVerdict(string? Operation, IReadOnlyList<SchemaViolation> Violations, IReadOnlyList<DriftItem> Drift)
{
    /// <summary>A response of no documented operation: nothing to check it against.</summary>
    public static readonly ResponseVerdict Unmatched = new(null, [], []);
}
