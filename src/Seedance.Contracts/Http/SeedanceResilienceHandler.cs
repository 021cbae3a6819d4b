using System.Globalization;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;
using Seedance.Contracts.Errors;

namespace Seedance.Contracts.Http;

/// <summary>
/// The SDK's one retry layer: runs each request through the Polly pipeline of
/// <see cref="SeedanceResiliencePipeline"/> (per-call timeout, retries with the create-safety rules,
/// per-attempt timeout), sending a fresh copy of the request for each attempt. It stamps each copy
/// with its attempt number, which <see cref="SingleSendGuardHandler"/> uses to put every attempt on
/// the wire at most once, and turns a replay refused below it back into the outcome of the send that
/// happened. Run a second time for the same call (an app's retry handler outside the SDK's), it refuses.
/// </summary>
internal sealed class SeedanceResilienceHandler : DelegatingHandler
{
    internal static readonly ResiliencePropertyKey<CallState> CallKey = new("Seedance.Call");

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly RetryOptions _options;
    private readonly Redactor _redactor;
    private readonly string _provider;
    private readonly TimeSpan? _callTimeout;

    public SeedanceResilienceHandler(SeedanceResiliencePipeline pipeline)
    {
        _callTimeout = pipeline.CallTimeout;
        ArgumentNullException.ThrowIfNull(pipeline);
        _pipeline = pipeline.Pipeline;
        _options = pipeline.Options;
        _redactor = pipeline.Redactor;
        _provider = pipeline.Provider;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ledger = SendLedger.Of(request);
        if (!ledger.TryEnterRetryLayer())
            throw new ReplayRefusedException(ledger, ledger.Final ?? SentOutcome.InFlight, "the whole call was replayed by a handler outside the SDK's");

        var call = new CallState(request, RequestSafetyOption.Resolve(request), request.GetOption<CallDeadlineOption>() is not null);
        await call.BufferBodyAsync(_options, cancellationToken).ConfigureAwait(false);

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(CallKey, call);
        Outcome<HttpResponseMessage> outcome;
        try
        {
            outcome = await _pipeline.ExecuteOutcomeAsync(
                static (ctx, state) => state.Handler.AttemptAsync(state.Call, state.Ledger, ctx.CancellationToken),
                context, (Handler: this, Call: call, Ledger: ledger)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        ledger.Finish(outcome.Exception is { } failure ? SentOutcome.Failed(failure) : SentOutcome.InFlight);
        if (outcome.Exception is { } exception) throw Surface(exception, call, cancellationToken);
        return outcome.Result!;
    }

    private async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(CallState call, SendLedger ledger, CancellationToken cancellationToken)
    {
        var attempt = ++call.Attempts;
        var message = attempt == 1 ? call.Request : call.CloneForRetry();
        message.SetAttempt(attempt);
        try
        {
            return Outcome.FromResult(await base.SendAsync(message, cancellationToken).ConfigureAwait(false));
        }
        catch (ReplayRefusedException refused) when (ReferenceEquals(refused.Ledger, ledger))
        {
            // A handler the app added below the SDK's retry layer tried to resend; it has given up now.
            // What the caller and the retry policy see is the send that happened.
            if (refused.Original.Failure is { } original) return Outcome.FromException<HttpResponseMessage>(original);
            if (refused.Original.CanRebuildResponse) return Outcome.FromResult(refused.Original.RebuildResponse(message));
            return Outcome.FromException<HttpResponseMessage>(refused);
        }
        catch (Exception exception)
        {
            return Outcome.FromException<HttpResponseMessage>(exception);
        }
    }

    /// <summary>The exception the caller sees: Polly's timeouts become the SDK's typed timeouts.</summary>
    private Exception Surface(Exception exception, CallState call, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested || exception is not (TimeoutRejectedException or OperationCanceledException))
            return exception;
        var request = call.Request;
        return call.TimedOut switch
        {
            TimeoutKind.Call => SeedanceCall.CallTimedOut(_provider, _callTimeout!.Value, request.GetOption<ResponseCaptureOption>(), exception),
            TimeoutKind.Attempt => new SeedanceTimeoutException(
                string.Create(CultureInfo.InvariantCulture,
                    $"{request.Method} {_redactor.RedactUrl(request.RequestUri)}: attempt {call.Attempts} took longer than {_options.AttemptTimeout!.Value.TotalSeconds:0.###} s")
                + (call.Safety == RequestSafety.Create ? "; a create call is not retried because the server may have started the job." : "."),
                SeedanceTimeoutKind.Attempt, _options.AttemptTimeout, innerException: exception) { Redactor = _redactor },
            // A timeout of a handler the app added inside the SDK's pipeline.
            _ => new SeedanceTimeoutException(
                $"{request.Method} {_redactor.RedactUrl(request.RequestUri)}: a handler inside the HTTP pipeline gave up waiting for the response (attempt {call.Attempts})"
                + (call.Safety == RequestSafety.Create ? "; a create call is not retried because the server may have started the job." : "."),
                SeedanceTimeoutKind.Attempt, null, innerException: exception) { Redactor = _redactor },
        };
    }

    internal enum TimeoutKind
    {
        None,
        Call,
        Attempt,
    }

    /// <summary>What the retry policy needs to know about the call in flight.</summary>
    internal sealed class CallState(HttpRequestMessage request, RequestSafety safety, bool deadlineManagedAbove)
    {
        private byte[]? _body;

        public HttpRequestMessage Request { get; } = request;

        public RequestSafety Safety { get; } = safety;

        /// <summary>True when <see cref="SeedanceCall"/> owns the call's deadline (it also covers parsing the body).</summary>
        public bool DeadlineManagedAbove { get; } = deadlineManagedAbove;

        /// <summary>False when the body cannot be sent again (unknown length, or above the replay limit).</summary>
        public bool Replayable { get; private set; } = true;

        public int Attempts { get; set; }

        public TimeoutKind TimedOut { get; set; }

        public async Task BufferBodyAsync(RetryOptions options, CancellationToken cancellationToken)
        {
            if (Request.Content is null || options.MaxRetries == 0) return;
            var length = Request.Content.Headers.ContentLength;
            if (length is null || length > options.MaxReplayableBodyBytes)
            {
                Replayable = false;
                return;
            }
            // ReadAsByteArrayAsync buffers inside the content, so the original message can still be sent first.
            _body = await Request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <summary>A fresh message per retry: handlers below may change the one they were given (redirects, headers).</summary>
        public HttpRequestMessage CloneForRetry()
        {
            var clone = new HttpRequestMessage(Request.Method, Request.RequestUri)
            {
                Version = Request.Version,
                VersionPolicy = Request.VersionPolicy,
            };
            foreach (var header in Request.Headers)
                clone.Headers.TryAddWithoutValidation(header.Key, header.Value);
            var options = (IDictionary<string, object?>)clone.Options;
            foreach (var option in Request.Options)
                options[option.Key] = option.Value;
            if (Request.Content is not null && _body is not null)
            {
                clone.Content = new ByteArrayContent(_body);
                foreach (var header in Request.Content.Headers)
                    clone.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            return clone;
        }
    }
}
