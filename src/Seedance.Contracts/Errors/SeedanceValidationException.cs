
namespace Seedance.Contracts.Errors;

/// <summary>
/// A request broke the spec or a model rule. Thrown before anything is sent; lists every
/// violation at once so the caller can fix them all in one go.
/// </summary>
public sealed class SeedanceValidationException : SeedanceException
{
    /// <summary>Creates the exception from the violations found.</summary>
    public SeedanceValidationException(IReadOnlyList<ValidationProblem> violations, string? provider = null)
        : base(BuildMessage(violations), new SeedanceErrorContext(Provider: provider))
    {
        Violations = violations;
    }

    /// <summary>Every violation found, in the order the checks ran.</summary>
    public IReadOnlyList<ValidationProblem> Violations { get; }

    private static string BuildMessage(IReadOnlyList<ValidationProblem> violations) =>
        violations.Count == 1
            ? $"The request was not sent: {violations[0]}"
            : $"The request was not sent: {violations.Count} problems:{Environment.NewLine}  - "
              + string.Join(Environment.NewLine + "  - ", violations);

    /// <inheritdoc />
    public override SeedanceErrorCategory Category => SeedanceErrorCategory.Validation;

    /// <inheritdoc />
    public override bool IsRetryable => false;
}
