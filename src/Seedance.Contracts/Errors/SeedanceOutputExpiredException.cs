namespace Seedance.Contracts.Errors;

/// <summary>
/// The video's URL no longer serves it: the CDN refused it (401, 403, 404 or 410; signed URLs expire, and
/// providers delete results after about a day) and no fresh URL could be had from the job's status.
/// </summary>
public class SeedanceOutputExpiredException : SeedanceNotFoundException
{
    /// <summary>Creates the exception.</summary>
    public SeedanceOutputExpiredException(string message, SeedanceErrorContext? context = null, Exception? innerException = null)
        : base(message, context, innerException)
    {
    }
}
