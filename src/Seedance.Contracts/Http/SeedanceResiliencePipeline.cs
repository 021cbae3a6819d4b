using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Telemetry;
using Polly.Timeout;

namespace Seedance.Contracts.Http;

/// <summary>
/// The Polly 8 pipeline behind <see cref="SeedanceResilienceHandler"/>, outermost first:
/// <list type="number">
/// <item>a timeout over the whole call (every attempt and every wait), unless <see cref="SeedanceCall"/> owns the deadline;</item>
/// <item>retries: idempotent requests on <see cref="RetryOptions.IdempotentRetryStatuses"/> and transient network failures;
/// create requests only when the server cannot have started the job (<see cref="RetryOptions.CreateRetryStatuses"/>, 429 by
/// default, or a connection that failed before a byte was sent); <c>Retry-After</c> honoured up to the cap, beyond it no retry;</item>
/// <item>the optional per-attempt timeout (an idempotent attempt that runs out is retried, a create attempt is not).</item>
/// </list>
/// Retry events reach logs and metrics through Polly's telemetry (<c>resilience.polly.*</c>) and the SDK's own retry log line.
/// Microsoft.Extensions.Http.Resilience's standard pipeline is not used: it retries every method, and this one must decide per request.
/// </summary>
internal sealed class SeedanceResiliencePipeline
{
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Func<double> _random;

    /// <summary>Builds the pipeline of one provider client.</summary>
    /// <param name="provider">The provider id, for exceptions and telemetry.</param>
    /// <param name="options">The retry policy (copied).</param>
    /// <param name="callTimeout">The per-call deadline; null turns it off.</param>
    /// <param name="timeProvider">The clock for delays, timeouts and HTTP-date <c>Retry-After</c>.</param>
    /// <param name="loggerFactory">Where retries are logged.</param>
    /// <param name="redactor">Redacts URLs before they are logged.</param>
    /// <param name="random">The jitter source; tests pin it.</param>
    public SeedanceResiliencePipeline(string provider, RetryOptions? options, TimeSpan? callTimeout, TimeProvider? timeProvider,
        ILoggerFactory? loggerFactory, Redactor redactor, Func<double>? random = null)
    {
        Provider = provider;
        Options = (options ?? new RetryOptions()).Snapshot();
        Redactor = redactor;
        _time = timeProvider ?? TimeProvider.System;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Seedance.Http.Retry");
        _random = random ?? Random.Shared.NextDouble;
        CallTimeout = callTimeout == Timeout.InfiniteTimeSpan ? null : callTimeout;
        Pipeline = Build(loggerFactory);
    }

    public string Provider { get; }

    public RetryOptions Options { get; }

    public Redactor Redactor { get; }

    public TimeSpan? CallTimeout { get; }

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    private ResiliencePipeline<HttpResponseMessage> Build(ILoggerFactory? loggerFactory)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = "Seedance", InstanceName = Provider, TimeProvider = _time };
        if (CallTimeout is { } callTimeout)
        {
            builder.AddTimeout(new TimeoutStrategyOptions
            {
                Name = "CallTimeout",
                TimeoutGenerator = args =>
                {
                    var call = args.Context.Properties.GetValue(SeedanceResilienceHandler.CallKey, null!);
                    return new ValueTask<TimeSpan>(call.DeadlineManagedAbove ? Timeout.InfiniteTimeSpan : callTimeout);
                },
                OnTimeout = args =>
                {
                    args.Context.Properties.GetValue(SeedanceResilienceHandler.CallKey, null!).TimedOut = SeedanceResilienceHandler.TimeoutKind.Call;
                    return default;
                },
            });
        }
        if (Options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "Retry",
                MaxRetryAttempts = Options.MaxRetries,
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Context, args.Outcome)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(DelayFor(args.Outcome, args.AttemptNumber + 1)),
                OnRetry = args =>
                {
                    var call = args.Context.Properties.GetValue(SeedanceResilienceHandler.CallKey, null!);
                    call.TimedOut = SeedanceResilienceHandler.TimeoutKind.None;
                    Telemetry.SeedanceTelemetry.RecordRetry(Provider, ReasonOf(args.Outcome));
                    HttpLog.Retry(_logger, call.Request.Method.Method, Redactor.RedactUrl(call.Request.RequestUri), ReasonOf(args.Outcome),
                        args.AttemptNumber + 1, Options.MaxRetries, args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }
        if (Options.AttemptTimeout is { } attemptTimeout)
        {
            builder.AddTimeout(new TimeoutStrategyOptions
            {
                Name = "AttemptTimeout",
                Timeout = attemptTimeout,
                OnTimeout = args =>
                {
                    args.Context.Properties.GetValue(SeedanceResilienceHandler.CallKey, null!).TimedOut = SeedanceResilienceHandler.TimeoutKind.Attempt;
                    return default;
                },
            });
        }
        if (loggerFactory is not null)
        {
            // Polly reports every execution at Information; for the SDK that is one extra line per call on
            // top of its own per-send line, so only retries and failures keep their level.
            builder.ConfigureTelemetry(new TelemetryOptions
            {
                LoggerFactory = loggerFactory,
                SeverityProvider = args => args.Event.EventName is "ExecutionAttempt" or "PipelineExecuted" && args.Event.Severity == ResilienceEventSeverity.Information
                    ? ResilienceEventSeverity.Debug
                    : args.Event.Severity,
            });
        }
        return builder.Build();
    }

    /// <summary>The retry rules of docs/reliability.md, per request safety.</summary>
    private bool ShouldRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome)
    {
        var call = context.Properties.GetValue(SeedanceResilienceHandler.CallKey, null!);
        if (!call.Replayable || context.CancellationToken.IsCancellationRequested) return false;
        switch (outcome.Exception)
        {
            case HttpRequestException http:
                return call.Safety == RequestSafety.Idempotent ? TransientFailure.IsTransient(http) : TransientFailure.FailedBeforeSending(http);
            case TimeoutRejectedException or OperationCanceledException:
                // An attempt that ran out may still be running on the server: only reads are sent again.
                return call.Safety == RequestSafety.Idempotent && call.TimedOut != SeedanceResilienceHandler.TimeoutKind.Call;
            case not null:
                return false;
        }

        var response = outcome.Result!;
        if (!Options.RetryStatusesFor(call.Safety).Contains((int)response.StatusCode)) return false;
        var retryAfter = RetryAfter.Parse(response.Headers, _time.GetUtcNow());
        if (retryAfter > Options.RetryAfterCap)
        {
            // Waiting minutes or hours inside a call is worse than failing: the caller gets the typed error with RetryAfter.
            HttpLog.RetryAfterBeyondCap(_logger, call.Request.Method.Method, Redactor.RedactUrl(call.Request.RequestUri),
                retryAfter.Value.TotalSeconds, Options.RetryAfterCap.TotalSeconds);
            return false;
        }
        return true;
    }

    private TimeSpan DelayFor(Outcome<HttpResponseMessage> outcome, int retry) =>
        outcome.Result is { } response && RetryAfter.Parse(response.Headers, _time.GetUtcNow()) is { } retryAfter
            ? retryAfter
            : Options.ComputeBackoff(retry, _random());

    private static string ReasonOf(Outcome<HttpResponseMessage> outcome) => outcome.Exception switch
    {
        HttpRequestException http => http.HttpRequestError.ToString(),
        TimeoutRejectedException or OperationCanceledException => "attempt timeout",
        { } other => other.GetType().Name,
        null => ((int)outcome.Result!.StatusCode).ToString(CultureInfo.InvariantCulture),
    };
}
