using System.Net.Http;
using System.Net.Sockets;

namespace Seedance.Contracts.Http;

/// <summary>Classifies transport failures for the retry policy and the error translator.</summary>
internal static class TransientFailure
{
    /// <summary>
    /// True when the failure happened before any byte of the request was written, so the server cannot
    /// have acted on it: name resolution, TCP connect, TLS handshake, proxy tunnel. Only these make a
    /// create call safe to send again.
    /// </summary>
    public static bool FailedBeforeSending(HttpRequestException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
            or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;
    }

    /// <summary>
    /// True when retrying an idempotent request could help: any failure before sending, plus a
    /// connection that broke or answered garbage after the request went out (reset, premature end,
    /// protocol error, unknown I/O failure). Configuration and authentication errors are not transient.
    /// </summary>
    public static bool IsTransient(HttpRequestException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (FailedBeforeSending(exception)) return true;
        return exception.HttpRequestError switch
        {
            HttpRequestError.ResponseEnded or HttpRequestError.InvalidResponse or HttpRequestError.HttpProtocolError => true,
            // Unknown covers a reset or broken pipe mid-exchange; only trust it when an I/O or socket error is underneath.
            HttpRequestError.Unknown => HasIoCause(exception),
            _ => false,
        };
    }

    private static bool HasIoCause(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is IOException or SocketException) return true;
        }
        return false;
    }
}
