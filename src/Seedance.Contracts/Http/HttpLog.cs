using Microsoft.Extensions.Logging;

namespace Seedance.Contracts.Http;

/// <summary>
/// The HTTP pipeline's log lines (source-generated). Event ids are documented in docs/hosting.md and are
/// stable: 1001-1003 one line per send (category <c>Seedance.Http</c>), 2001-2002 retries
/// (<c>Seedance.Http.Retry</c>). Every argument is already redacted by the caller.
/// </summary>
internal static partial class HttpLog
{
    [LoggerMessage(EventId = 1001, EventName = "SeedanceHttpResponse", Level = LogLevel.Debug,
        Message = "HTTP {Method} {Url} answered {StatusCode} (attempt {Attempt}) in {ElapsedMs} ms, request id {RequestId}")]
    public static partial void Response(ILogger logger, string method, string url, int statusCode, int attempt, double elapsedMs, string requestId);

    /// <summary>A non-2xx answer: Information, the Azure SDK level (the caller gets a typed error; the log is context), Debug inside a health probe.</summary>
    [LoggerMessage(EventId = 1002, EventName = "SeedanceHttpErrorResponse",
        Message = "HTTP {Method} {Url} answered {StatusCode} (attempt {Attempt}) in {ElapsedMs} ms, request id {RequestId}")]
    public static partial void ErrorResponse(ILogger logger, LogLevel level, string method, string url, int statusCode, int attempt, double elapsedMs, string requestId);

    [LoggerMessage(EventId = 1003, EventName = "SeedanceHttpFailure", Level = LogLevel.Warning,
        Message = "HTTP {Method} {Url} failed (attempt {Attempt}) after {ElapsedMs} ms: {ErrorType}: {ErrorMessage}")]
    public static partial void TransportFailure(ILogger logger, string method, string url, int attempt, double elapsedMs, string errorType, string errorMessage);

    [LoggerMessage(EventId = 2001, EventName = "SeedanceRetry", Level = LogLevel.Information,
        Message = "Retrying {Method} {Url} after {Reason} (retry {Retry} of {MaxRetries}) in {DelayMs} ms")]
    public static partial void Retry(ILogger logger, string method, string url, string reason, int retry, int maxRetries, double delayMs);

    [LoggerMessage(EventId = 2002, EventName = "SeedanceRetryAfterBeyondCap", Level = LogLevel.Information,
        Message = "Not retrying {Method} {Url}: the server asked to wait {RetryAfterSeconds} s, more than the {CapSeconds} s cap")]
    public static partial void RetryAfterBeyondCap(ILogger logger, string method, string url, double retryAfterSeconds, double capSeconds);
}
