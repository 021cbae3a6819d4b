namespace Seedance.Contracts.Errors;

/// <summary>
/// The provider refused the credentials (HTTP 401) or the account may not do this (HTTP 403: no access,
/// overdue balance, credits used up). Retrying the same call will not help.
/// </summary>
public class SeedanceAuthenticationException : SeedanceException
{
    /// <summary>Creates the exception.</summary>
    public SeedanceAuthenticationException(string message, SeedanceErrorContext? context = null, Exception? innerException = null)
        : base(message, context, innerException)
    {
    }

    /// <inheritdoc />
    public override SeedanceErrorCategory Category => SeedanceErrorCategory.Authentication;

    /// <inheritdoc />
    public override bool IsRetryable => false;
}
