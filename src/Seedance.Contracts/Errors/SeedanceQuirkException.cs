namespace Seedance.Contracts.Errors;

/// <summary>
/// Base of failures caused by a known provider quirk: behaviour that breaks the provider's own
/// documentation or the OpenAI-style conventions it claims to follow. Each quirk has its own subclass
/// and a stable <see cref="QuirkId"/> so callers and docs can refer to it.
/// </summary>
public class SeedanceQuirkException : SeedanceException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="quirkId">A stable, kebab-case name of the quirk, e.g. <c>comet-404-as-400</c>.</param>
    /// <param name="message">The message; never contains the API key.</param>
    /// <param name="context">What is known about the failed call.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public SeedanceQuirkException(string quirkId, string message, SeedanceErrorContext? context = null, Exception? innerException = null)
        : base(message, context, innerException)
    {
        QuirkId = quirkId;
    }

    /// <summary>The stable name of the quirk.</summary>
    public string QuirkId { get; }

    /// <inheritdoc />
    public override SeedanceErrorCategory Category => SeedanceErrorCategory.Quirk;

    /// <inheritdoc />
    public override bool IsRetryable => false;
}
