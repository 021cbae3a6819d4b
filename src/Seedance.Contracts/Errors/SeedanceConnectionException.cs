using System.Net.Http;

namespace Seedance.Contracts.Errors;

/// <summary>
/// No HTTP response arrived: DNS, connect, TLS, or the connection broke mid-exchange. The retry policy
/// has already run; <see cref="RequestMayHaveBeenSent"/> tells whether a create call could have
/// started a (paid) job on the server.
/// </summary>
public class SeedanceConnectionException : SeedanceException
{
    /// <summary>Creates the exception.</summary>
    public SeedanceConnectionException(string message, HttpRequestError error, bool requestMayHaveBeenSent, SeedanceErrorContext? context = null, Exception? innerException = null)
        : base(message, context, innerException)
    {
        Error = error;
        RequestMayHaveBeenSent = requestMayHaveBeenSent;
    }

    /// <summary>The transport's classification of the failure.</summary>
    public HttpRequestError Error { get; }

    /// <summary>
    /// False only when the connection failed before any byte of the request was written (name
    /// resolution, connect, TLS, proxy tunnel); true when the server may have seen the request.
    /// </summary>
    public bool RequestMayHaveBeenSent { get; }

    /// <inheritdoc />
    public override SeedanceErrorCategory Category => SeedanceErrorCategory.Connection;

    /// <inheritdoc />
    public override bool IsRetryable => true;
}
