namespace Seedance.Contracts.Errors;

/// <summary>
/// A response arrived but could not be read as the spec says: invalid or truncated JSON, an HTML page,
/// an unexpected content type, or an unexpected status such as a 3xx. <see cref="SeedanceException.RawBody"/>
/// holds the start of what the server sent. An error status whose body cannot be parsed still raises the
/// type its status maps to (a 429 HTML page is a <see cref="SeedanceRateLimitException"/>).
/// </summary>
public class SeedanceResponseFormatException : SeedanceException
{
    /// <summary>Creates the exception.</summary>
    public SeedanceResponseFormatException(string message, SeedanceErrorContext? context = null, Exception? innerException = null)
        : base(message, context, innerException)
    {
    }

    /// <inheritdoc />
    public override SeedanceErrorCategory Category => SeedanceErrorCategory.ResponseFormat;

    /// <inheritdoc />
    public override bool IsRetryable => false;
}
