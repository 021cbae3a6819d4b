namespace Seedance.Contracts.Errors;

/// <summary>
/// The task (or route) does not exist: HTTP 404, or a provider code that means "unknown task" whatever
/// the status (CometAPI answers an unknown id with 400 <c>task_not_exist</c>).
/// </summary>
public class SeedanceNotFoundException : SeedanceException
{
    /// <summary>Creates the exception.</summary>
    public SeedanceNotFoundException(string message, SeedanceErrorContext? context = null, Exception? innerException = null)
        : base(message, context, innerException)
    {
    }

    /// <inheritdoc />
    public override SeedanceErrorCategory Category => SeedanceErrorCategory.NotFound;

    /// <inheritdoc />
    public override bool IsRetryable => false;
}
