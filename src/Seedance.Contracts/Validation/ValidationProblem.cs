using Seedance.Generated.Runtime;

namespace Seedance.Contracts;

/// <summary>
/// One way a request breaks the provider's rules, a model's rules or the spec, found before anything is sent.
/// The SDK's own type, so callers never depend on the generated runtime: the generated clients' spec
/// checks report <c>SpecViolation</c>s, which are converted here at the boundary.
/// </summary>
/// <param name="Field">The field, e.g. <c>duration</c>, <c>prompt --rs</c> or the JSON path <c>content[0].text</c>.</param>
/// <param name="Value">The offending value as text (long values cut), or null when the field is missing.</param>
/// <param name="Allowed">What is allowed, e.g. <c>2..15 for model X</c> or <c>one of 480p, 720p</c>.</param>
/// <param name="Rule">Which rule said so: <c>spec</c> for the spec's schema rules, or the name of an SDK or model rule.</param>
public sealed record ValidationProblem(string Field, string? Value, string Allowed, string Rule = "spec")
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Field}: {(Value is null ? "missing" : $"'{Value}'")} is not allowed ({Allowed}; {Rule})";

    /// <summary>The generated layer's finding in the SDK's terms.</summary>
    internal static ValidationProblem From(SpecViolation violation) =>
        new(violation.Field, violation.Value, violation.Allowed, violation.Rule);
}
