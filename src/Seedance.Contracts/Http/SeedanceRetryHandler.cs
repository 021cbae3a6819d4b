using System.Net;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Seedance.Contracts.Errors;

namespace Seedance.Contracts.Http;

/// <summary>
/// Replaces Kiota's RetryHandler, which replays POSTs on 429/503/504 and throws
/// <see cref="AggregateException"/> when it gives up. This one:
/// <list type="bullet">
/// <item>retries idempotent requests on <see cref="RetryOptions.IdempotentRetryStatuses"/> and transient network failures;</item>
/// <item>retries a create request only on <see cref="RetryOptions.CreateRetryStatuses"/> (429) or a connection that failed before sending;</item>
/// <item>waits <c>Retry-After</c> when given (up to <see cref="RetryOptions.RetryAfterCap"/>), otherwise exponential backoff with jitter;</item>
/// <item>when it stops, returns the last response unchanged (or rethrows the last transport exception), so the
/// normal error path raises the same typed exception a single failure would.</item>
/// </list>
/// </summary>
public sealed class SeedanceRetryHandler : DelegatingHandler
{
    private readonly RetryOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Redactor _redactor;
    private readonly Func<double> _random;

    private static readonly Action<ILogger, string, string, string, int, int, double, Exception?> LogRetry =
        LoggerMessage.Define<string, string, string, int, int, double>(LogLevel.Information, new EventId(2001, "SeedanceRetry"),
            "Retrying {Method} {Url} after {Reason} (retry {Retry} of {MaxRetries}) in {DelayMs} ms");

    private static readonly Action<ILogger, string, string, double, double, Exception?> LogRetryAfterTooLong =
        LoggerMessage.Define<string, string, double, double>(LogLevel.Information, new EventId(2002, "SeedanceRetryAfterBeyondCap"),
            "Not retrying {Method} {Url}: the server asked to wait {RetryAfterSeconds} s, more than the {CapSeconds} s cap");

    /// <summary>Creates the handler.</summary>
    /// <param name="options">The policy; copied, so later changes do not apply.</param>
    /// <param name="timeProvider">Clock for delays, attempt timeouts and HTTP-date <c>Retry-After</c>; tests pass a fake.</param>
    /// <param name="logger">Where retries are logged (Information: a retry is self-healing, not a warning).</param>
    /// <param name="redactor">Redacts URLs and messages before they are logged.</param>
    public SeedanceRetryHandler(RetryOptions? options = null, TimeProvider? timeProvider = null, ILogger? logger = null, Redactor? redactor = null)
        : this(options, timeProvider, logger, redactor, random: null)
    {
    }

    internal SeedanceRetryHandler(RetryOptions? options, TimeProvider? timeProvider, ILogger? logger, Redactor? redactor, Func<double>? random)
    {
        _options = (options ?? new RetryOptions()).Snapshot();
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _redactor = redactor ?? Redactor.Default;
        _random = random ?? Random.Shared.NextDouble;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var safety = RequestSafetyOption.Resolve(request);
        var (body, replayable) = await BufferBodyAsync(request, cancellationToken).ConfigureAwait(false);
        var maxRetries = replayable ? _options.MaxRetries : 0;

        for (var attempt = 1; ; attempt++)
        {
            var message = attempt == 1 ? request : Clone(request, body);
            message.SetAttempt(attempt);
            var retryNumber = attempt; // the retry that would follow this attempt
            HttpResponseMessage response;
            using (var attemptCts = CreateAttemptTimeout(cancellationToken))
            {
                try
                {
                    response = await base.SendAsync(message, attemptCts?.Token ?? cancellationToken).ConfigureAwait(false);
                }
                catch (HttpRequestException exception) when (!cancellationToken.IsCancellationRequested)
                {
                    var retryable = safety == RequestSafety.Idempotent
                        ? TransientFailure.IsTransient(exception)
                        : TransientFailure.FailedBeforeSending(exception);
                    if (!retryable || retryNumber > maxRetries) throw;
                    await WaitAsync(request, _options.ComputeBackoff(retryNumber, _random()), exception.HttpRequestError.ToString(), retryNumber, maxRetries, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                catch (OperationCanceledException exception) when (attemptCts is not null && attemptCts.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    // A create attempt that timed out may still be running on the server: never replay it.
                    if (safety == RequestSafety.Create || retryNumber > maxRetries)
                    {
                        throw new SeedanceTimeoutException(
                            $"{request.Method} {_redactor.RedactUrl(request.RequestUri)}: attempt {attempt} took longer than {_options.AttemptTimeout!.Value.TotalSeconds:0.###} s"
                            + (safety == RequestSafety.Create ? "; a create call is not retried because the server may have started the job." : "."),
                            SeedanceTimeoutKind.Attempt, _options.AttemptTimeout, innerException: exception) { Redactor = _redactor };
                    }
                    await WaitAsync(request, _options.ComputeBackoff(retryNumber, _random()), "attempt timeout", retryNumber, maxRetries, cancellationToken).ConfigureAwait(false);
                    continue;
                }
            }

            var status = (int)response.StatusCode;
            var retryStatuses = safety == RequestSafety.Idempotent ? _options.IdempotentRetryStatuses : _options.CreateRetryStatuses;
            if (!retryStatuses.Contains(status)) return response;

            var retryAfter = RetryAfter.Parse(response.Headers, _time.GetUtcNow());
            if (retryAfter > _options.RetryAfterCap)
            {
                // Waiting minutes or hours inside a call is worse than failing: hand the response back so the
                // caller gets the typed error with RetryAfter and decides.
                LogRetryAfterTooLong(_logger, request.Method.Method, _redactor.RedactUrl(request.RequestUri), retryAfter.Value.TotalSeconds, _options.RetryAfterCap.TotalSeconds, null);
                return response;
            }
            if (retryNumber > maxRetries) return response;

            var delay = retryAfter ?? _options.ComputeBackoff(retryNumber, _random());
            response.Dispose();
            await WaitAsync(request, delay, status.ToString(System.Globalization.CultureInfo.InvariantCulture), retryNumber, maxRetries, cancellationToken).ConfigureAwait(false);
        }
    }

    private AttemptDeadline? CreateAttemptTimeout(CancellationToken cancellationToken) =>
        _options.AttemptTimeout is { } timeout ? new AttemptDeadline(timeout, _time, cancellationToken) : null;

    /// <summary>
    /// The attempt's own timer linked with the caller's token. The timer is a TimeProvider-based
    /// source (tests use a fake clock) and is disposed with the attempt, so it can never fire later.
    /// </summary>
    private sealed class AttemptDeadline : IDisposable
    {
        private readonly CancellationTokenSource _timer;
        private readonly CancellationTokenSource _linked;

        public AttemptDeadline(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
        {
            _timer = new CancellationTokenSource(timeout, time);
            _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timer.Token);
        }

        public CancellationToken Token => _linked.Token;

        public bool IsCancellationRequested => _timer.IsCancellationRequested;

        public void Dispose()
        {
            _linked.Dispose();
            _timer.Dispose();
        }
    }

    private async Task WaitAsync(HttpRequestMessage request, TimeSpan delay, string reason, int retry, int maxRetries, CancellationToken cancellationToken)
    {
        LogRetry(_logger, request.Method.Method, _redactor.RedactUrl(request.RequestUri), reason, retry, maxRetries, delay.TotalMilliseconds, null);
        if (delay > TimeSpan.Zero)
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Buffers the body so it can be sent again. Kiota hands over a seekable stream of known length;
    /// a body of unknown length or above <see cref="RetryOptions.MaxReplayableBodyBytes"/> is sent once.
    /// </summary>
    private async Task<(byte[]? Body, bool Replayable)> BufferBodyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is null || _options.MaxRetries == 0) return (null, true);
        var length = request.Content.Headers.ContentLength;
        if (length is null || length > _options.MaxReplayableBodyBytes) return (null, false);
        // ReadAsByteArrayAsync buffers inside the content, so the original message can still be sent first.
        var bytes = await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return (bytes, true);
    }

    /// <summary>A fresh message per retry: handlers below may change the one they were given (redirects, headers).</summary>
    private static HttpRequestMessage Clone(HttpRequestMessage request, byte[]? body)
    {
        var clone = new HttpRequestMessage(request.Method, request.RequestUri)
        {
            Version = request.Version,
            VersionPolicy = request.VersionPolicy,
        };
        foreach (var header in request.Headers)
            clone.Headers.TryAddWithoutValidation(header.Key, header.Value);
        var options = (IDictionary<string, object?>)clone.Options;
        foreach (var option in request.Options)
            options[option.Key] = option.Value;
        if (request.Content is not null && body is not null)
        {
            clone.Content = new ByteArrayContent(body);
            foreach (var header in request.Content.Headers)
                clone.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        return clone;
    }
}
