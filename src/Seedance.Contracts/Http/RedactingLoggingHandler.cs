using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Seedance.Contracts.Http;

/// <summary>
/// Logs one line per attempt: method, redacted URL (no query string, no user info), status, attempt
/// number, elapsed time and request id. It never logs request headers, bodies, Authorization or cookies;
/// exception text is scrubbed of the key and of URL queries. 2xx at Debug, other statuses at Information,
/// transport failures at Warning (the Azure SDK levels).
/// </summary>
internal sealed class RedactingLoggingHandler : DelegatingHandler
{
    private static readonly string[] RequestIdHeaders = ["x-request-id", "x-tt-logid", "x-trace-id", "request-id"];

    private readonly ILogger _logger;
    private readonly Redactor _redactor;
    private readonly TimeProvider _time;

    /// <summary>Creates the handler.</summary>
    public RedactingLoggingHandler(ILogger? logger = null, Redactor? redactor = null, TimeProvider? timeProvider = null)
    {
        _logger = logger ?? NullLogger.Instance;
        _redactor = redactor ?? Redactor.Default;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = _time.GetTimestamp();
        var method = request.Method.Method;
        var url = _redactor.RedactUrl(request.RequestUri);
        var attempt = request.GetAttempt();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var elapsed = Math.Round(_time.GetElapsedTime(started).TotalMilliseconds, 1);
            var requestId = RequestIdOf(response);
            if (response.IsSuccessStatusCode)
                HttpLog.Response(_logger, method, url, (int)response.StatusCode, attempt, elapsed, requestId);
            else
                HttpLog.ErrorResponse(_logger, SeedanceProbeScope.IsActive ? LogLevel.Debug : LogLevel.Information, method, url, (int)response.StatusCode, attempt, elapsed, requestId);
            return response;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var elapsed = Math.Round(_time.GetElapsedTime(started).TotalMilliseconds, 1);
            // The exception object itself is not passed: its ToString could carry text we have not scrubbed.
            HttpLog.TransportFailure(_logger, method, url, attempt, elapsed, exception.GetType().Name, _redactor.ScrubForLog(exception.Message));
            throw;
        }
    }

    private string RequestIdOf(HttpResponseMessage response)
    {
        foreach (var name in RequestIdHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values) && values.FirstOrDefault() is { Length: > 0 } id)
                return _redactor.ScrubForLog(id);
        }
        return "none";
    }
}
