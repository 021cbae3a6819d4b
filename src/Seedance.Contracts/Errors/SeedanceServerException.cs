namespace Seedance.Contracts.Errors;

/// <summary>
/// The provider failed (HTTP 5xx). For reads the SDK has already retried; a create call is not
/// replayed on a 5xx because the job may have started, so check before sending it again.
/// </summary>
public class SeedanceServerException : SeedanceException
{
    /// <summary>Creates the exception.</summary>
    public SeedanceServerException(string message, SeedanceErrorContext? context = null, Exception? innerException = null)
        : base(message, context, innerException)
    {
    }

    /// <inheritdoc />
    public override SeedanceErrorCategory Category => SeedanceErrorCategory.Server;

    /// <inheritdoc />
    public override bool IsRetryable => true;
}
