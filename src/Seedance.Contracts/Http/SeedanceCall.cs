using System.Globalization;
using Seedance.Contracts.Errors;

namespace Seedance.Contracts.Http;

/// <summary>
/// Runs one generated client call with the SDK's guarantees: a per-call deadline over all attempts,
/// body and parsing; the capture and safety options attached; and every failure translated into the
/// <see cref="SeedanceException"/> hierarchy. The caller's own cancellation surfaces as
/// <see cref="OperationCanceledException"/>, the deadline as <see cref="SeedanceTimeoutException"/>.
/// </summary>
/// <example>
/// <code>
/// var video = await pipeline.Call.InvokeAsync(RequestSafety.Create,
///     (scope, ct) => client.V1.Videos.PostAsync(body, scope.Apply, ct), cancellationToken);
/// var task = await pipeline.Call.InvokeAsync(RequestSafety.Idempotent, // AceData's POST /seedance/tasks is a read
///     (scope, ct) => client.Seedance.Tasks.PostAsync(query, scope.Apply, ct), cancellationToken);
/// </code>
/// </example>
internal sealed class SeedanceCall
{
    private readonly ErrorTranslator _translator;
    private readonly TimeSpan? _callTimeout;
    private readonly TimeProvider _time;

    /// <summary>Creates the helper.</summary>
    /// <param name="translator">Builds the typed exceptions for this provider.</param>
    /// <param name="callTimeout">Deadline per call; null or infinite turns it off.</param>
    /// <param name="timeProvider">The clock for the deadline.</param>
    public SeedanceCall(ErrorTranslator translator, TimeSpan? callTimeout = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(translator);
        _translator = translator;
        _callTimeout = callTimeout == Timeout.InfiniteTimeSpan ? null : callTimeout;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The provider id.</summary>
    public string ProviderId => _translator.ProviderId;

    /// <summary>The translator, for code that needs to type an exception raised outside a call.</summary>
    public ErrorTranslator Translator => _translator;

    /// <summary>Runs a call whose safety follows its HTTP method (GET/DELETE idempotent, POST create).</summary>
    public Task<T> InvokeAsync<T>(Func<SeedanceCallScope, CancellationToken, Task<T>> call, CancellationToken cancellationToken = default) =>
        RunAsync(null, call, cancellationToken);

    /// <summary>Runs a call with an explicit safety class.</summary>
    /// <param name="safety">Whether the request may be replayed after the server could have seen it.</param>
    /// <param name="call">Invokes the generated executor, passing <c>scope.Apply</c> as its configuration and the given token.</param>
    /// <param name="cancellationToken">The caller's token; cancelling it throws <see cref="OperationCanceledException"/>.</param>
    public Task<T> InvokeAsync<T>(RequestSafety safety, Func<SeedanceCallScope, CancellationToken, Task<T>> call, CancellationToken cancellationToken = default) =>
        RunAsync(safety, call, cancellationToken);

    /// <summary>Runs a call that returns nothing (e.g. DELETE), its safety following its HTTP method.</summary>
    public Task InvokeAsync(Func<SeedanceCallScope, CancellationToken, Task> call, CancellationToken cancellationToken = default) =>
        RunAsync<bool>(null, async (scope, ct) => { await call(scope, ct).ConfigureAwait(false); return true; }, cancellationToken);

    /// <summary>Runs a call that returns nothing, with an explicit safety class.</summary>
    public Task InvokeAsync(RequestSafety safety, Func<SeedanceCallScope, CancellationToken, Task> call, CancellationToken cancellationToken = default) =>
        RunAsync<bool>(safety, async (scope, ct) => { await call(scope, ct).ConfigureAwait(false); return true; }, cancellationToken);

    private async Task<T> RunAsync<T>(RequestSafety? safety, Func<SeedanceCallScope, CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        cancellationToken.ThrowIfCancellationRequested();
        var scope = new SeedanceCallScope(safety, deadlineManaged: _callTimeout is not null);
        using var deadline = _callTimeout is { } timeout ? new CancellationTokenSource(timeout, _time) : null;
        using var linked = deadline is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var result = await call(scope, linked?.Token ?? cancellationToken).ConfigureAwait(false);
            if (result is null && IsSuccessWithContent(scope.Capture))
            {
                // Kiota returns null for a 2xx with an empty body or no Content-Type; every success
                // response in the specs has a JSON body, so that is a response we could not read.
                throw new System.Text.Json.JsonException(
                    "The response had nothing to parse (an empty body, or no Content-Type); the operation documents a JSON body.");
            }
            return result;
        }
        catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested)
        {
            // The caller cancelled: they see an OperationCanceledException carrying their own token
            // (the one HttpClient threw carries the linked token).
            if (exception.CancellationToken == cancellationToken) throw;
            throw new OperationCanceledException("The call was cancelled by the caller.", exception, cancellationToken);
        }
        catch (Exception exception) when (deadline is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested
                                          && exception is OperationCanceledException or SeedanceTimeoutException { Kind: SeedanceTimeoutKind.Call })
        {
            throw CallTimedOut(ProviderId, _callTimeout!.Value, scope.Capture, exception);
        }
        catch (Exception exception) when (Translate(exception, scope.Capture) is { } translated && !ReferenceEquals(translated, exception))
        {
            throw translated;
        }
    }

    /// <summary>
    /// <see cref="ErrorTranslator.TryTranslate"/>, made safe for use in an exception filter: an exception
    /// thrown inside a filter is swallowed and the filter counts as false, which would let the raw
    /// (untyped) exception reach the caller. A failure to translate is reported as a plain
    /// <see cref="SeedanceException"/> carrying both exceptions instead.
    /// </summary>
    private SeedanceException? Translate(Exception exception, ResponseCaptureOption capture)
    {
        try
        {
            return _translator.TryTranslate(exception, capture);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            var status = capture.StatusCode is { } code ? ((int)code).ToString(CultureInfo.InvariantCulture) : "no response";
            return new SeedanceException(
                $"{ProviderId}: the call failed ({status}, {exception.GetType().Name}) and the SDK could not read the failure ({failure.GetType().Name}).",
                new SeedanceErrorContext(Provider: ProviderId, StatusCode: capture.StatusCode, Headers: capture.Headers),
                Unsecret(exception, failure)) { Redactor = _translator.Redactor };
        }
    }

    /// <summary>
    /// The inner exception of an untranslatable failure: both exceptions, minus any whose text holds the
    /// key (the outer ToString is scrubbed, but an inner exception's own Message and properties are not).
    /// </summary>
    private AggregateException? Unsecret(Exception exception, Exception failure)
    {
        var kept = new[] { exception, failure }.Where(e => !_translator.HoldsSecret(e)).ToArray();
        return kept.Length == 0 ? null : new AggregateException(kept);
    }

    /// <summary>True for a final 2xx response other than 204 No Content.</summary>
    private static bool IsSuccessWithContent(ResponseCaptureOption capture) =>
        capture.StatusCode is { } status && (int)status is >= 200 and < 300 && status != System.Net.HttpStatusCode.NoContent;

    /// <summary>The exception for a spent per-call deadline.</summary>
    internal static SeedanceTimeoutException CallTimedOut(string? provider, TimeSpan timeout, ResponseCaptureOption? capture, Exception inner)
    {
        var seconds = timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        var last = capture?.StatusCode is { } status ? $" The last response was {(int)status}." : string.Empty;
        var message = $"{provider ?? "The provider"}: the call did not finish within its {seconds} s timeout (SeedanceClientOptions.CallTimeout, which covers every attempt and the waits between them).{last}";
        return new SeedanceTimeoutException(message, SeedanceTimeoutKind.Call, timeout,
            new SeedanceErrorContext(Provider: provider, StatusCode: capture?.StatusCode, Headers: capture?.Headers), inner);
    }
}
