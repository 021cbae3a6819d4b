namespace Seedance.Contracts.Errors;

/// <summary>
/// The provider rejected the request itself (HTTP 400, 409, 413, 422 and any other 4xx without a more
/// specific type). Fix the request before sending it again.
/// </summary>
public class SeedanceInvalidRequestException : SeedanceException
{
    /// <summary>Creates the exception.</summary>
    public SeedanceInvalidRequestException(string message, SeedanceErrorContext? context = null, Exception? innerException = null)
        : base(message, context, innerException)
    {
    }

    /// <inheritdoc />
    public override SeedanceErrorCategory Category => SeedanceErrorCategory.InvalidRequest;

    /// <inheritdoc />
    public override bool IsRetryable => false;
}
