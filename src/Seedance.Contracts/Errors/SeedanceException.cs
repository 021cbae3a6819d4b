using System.Net;
using Seedance.Contracts.Http;

namespace Seedance.Contracts.Errors;

/// <summary>
/// Base of every failure the SDK surfaces. Service failures carry the HTTP status, the provider's
/// error code and message, the request id and the raw body (capped); client-side failures leave
/// the HTTP fields empty. Nothing here ever holds the API key.
/// </summary>
public class SeedanceException : Exception
{
    /// <summary>The largest raw body kept on an exception, in bytes.</summary>
    public const int MaxRawBodyBytes = 8 * 1024;

    /// <summary>Creates an exception with the given message and context.</summary>
    public SeedanceException(string message, SeedanceErrorContext? context = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Context = context ?? SeedanceErrorContext.Empty;
    }

    /// <summary>Everything known about the failed call.</summary>
    public SeedanceErrorContext Context { get; }

    /// <summary>The provider id (spec file stem, e.g. <c>acedata-seedance</c>), when known.</summary>
    public string? Provider => Context.Provider;

    /// <summary>The HTTP status of the failing response, or null when no response arrived.</summary>
    public HttpStatusCode? StatusCode => Context.StatusCode;

    /// <summary>The provider's error code, e.g. <c>invalid_token</c> or <c>InvalidParameter</c>.</summary>
    public string? ProviderCode => Context.ProviderCode;

    /// <summary>The provider's error message.</summary>
    public string? ProviderMessage => Context.ProviderMessage;

    /// <summary>The request id from a header (<c>x-request-id</c>), the body (<c>trace_id</c>) or the message.</summary>
    public string? RequestId => Context.RequestId;

    /// <summary>The raw response body, at most <see cref="MaxRawBodyBytes"/> bytes of it.</summary>
    public string? RawBody => Context.RawBody;

    /// <summary>What kind of failure this is; each exception type names its own.</summary>
    public virtual SeedanceErrorCategory Category => SeedanceErrorCategory.Unknown;

    /// <summary>
    /// True when the same call may succeed if made again later (rate limit, server error, timeout, broken
    /// connection); false when it will fail the same way until something changes (input, key, job id).
    /// The SDK's own retry policy has already run by the time the caller sees the exception. For a create
    /// call, "retryable" does not mean "safe to resend": a server error or a broken connection may have
    /// started a paid job (see <see cref="SeedanceConnectionException.RequestMayHaveBeenSent"/> and docs/errors.md).
    /// </summary>
    public virtual bool IsRetryable => false;

    /// <summary>
    /// Set by the SDK when it builds the exception. <see cref="ToString"/> runs through it so that an
    /// inner exception's text (e.g. a provider message echoing the key) cannot leak the API key.
    /// </summary>
    internal Redactor? Redactor { get; set; }

    /// <inheritdoc />
    public override string ToString() => Redactor is null ? base.ToString() : Redactor.Scrub(base.ToString());
}
