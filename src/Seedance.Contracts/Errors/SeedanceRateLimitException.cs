namespace Seedance.Contracts.Errors;

/// <summary>
/// The provider throttled the call (HTTP 429). Thrown after the retry budget is spent, or at once when
/// the server asks for a wait longer than <see cref="Http.RetryOptions.RetryAfterCap"/>.
/// </summary>
public class SeedanceRateLimitException : SeedanceException
{
    /// <summary>Creates the exception.</summary>
    public SeedanceRateLimitException(string message, SeedanceErrorContext? context = null, Exception? innerException = null, TimeSpan? retryAfter = null)
        : base(message, context, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>
    /// How long the server asked the caller to wait (<c>Retry-After</c> in seconds or as an HTTP date,
    /// or <c>retry-after-ms</c>), measured when the response arrived; null when it did not say.
    /// </summary>
    public TimeSpan? RetryAfter { get; }

    /// <inheritdoc />
    public override SeedanceErrorCategory Category => SeedanceErrorCategory.RateLimited;

    /// <inheritdoc />
    public override bool IsRetryable => true;
}
