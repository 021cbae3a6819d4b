namespace Seedance.Generated.Runtime;

/// <summary>One way a request breaks its spec (or a model rule), found before anything is sent.</summary>
/// <param name="Field">The JSON path of the field, e.g. <c>content[0].text</c>.</param>
/// <param name="Value">The offending value as text, or null when the field is missing.</param>
/// <param name="Allowed">What the spec allows, e.g. <c>2..15</c> or <c>one of 480p, 720p</c>.</param>
/// <param name="Rule">Which rule said so: <c>spec</c> for schema rules, or the name of a model rule.</param>
public sealed record SpecViolation(string Field, string? Value, string Allowed, string Rule = "spec")
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Field}: {(Value is null ? "missing" : $"'{Value}'")} is not allowed ({Allowed}; {Rule})";
}
