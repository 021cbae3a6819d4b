using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using Seedance.Contracts.Http;
using Seedance.Generated.Runtime;

namespace Seedance.Contracts.Errors;

/// <summary>
/// Turns whatever the Kiota pipeline raised into the SDK's one exception hierarchy: generated error
/// models and plain <see cref="ApiException"/>s (by status and provider code), transport failures,
/// unparseable bodies. Every message has the form
/// <c>{provider} answered {status} {code}: {message} (request id {id})</c> and is scrubbed of the key.
/// </summary>
internal sealed class ErrorTranslator
{
    private static readonly HashSet<string> NotFoundCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "task_not_exist", "task_not_found", "not_found", "notfound", "resource_not_found", "ResourceNotFound", "TaskNotFound",
    };

    private readonly Redactor _redactor;
    private readonly ISeedanceErrorMapper[] _mappers;
    private readonly TimeProvider _time;

    /// <summary>Creates a translator for one provider.</summary>
    /// <param name="providerId">The provider id, e.g. <c>cometapi-videos</c>.</param>
    /// <param name="redactor">Scrubs the key from messages, bodies and headers.</param>
    /// <param name="mappers">Quirk mappers consulted before the status-based mapping.</param>
    /// <param name="timeProvider">The clock for HTTP-date <c>Retry-After</c> values.</param>
    public ErrorTranslator(string providerId, Redactor? redactor = null, IEnumerable<ISeedanceErrorMapper>? mappers = null, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerId);
        ProviderId = providerId;
        _redactor = redactor ?? Redactor.Default;
        _mappers = mappers?.ToArray() ?? [];
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The provider id every exception carries.</summary>
    public string ProviderId { get; }

    /// <summary>The redactor that scrubs this provider's exceptions.</summary>
    internal Redactor Redactor => _redactor;

    /// <summary>True for provider codes that mean "no such task", whatever status they come with.</summary>
    public static bool IsNotFoundCode(string? code) =>
        code is not null && (NotFoundCodes.Contains(code) || code.StartsWith("NotFound.", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The typed exception for <paramref name="exception"/>, or null when it is not an HTTP failure
    /// (a caller bug such as <see cref="ArgumentException"/>, or a cancellation, which the caller sees as is).
    /// </summary>
    /// <param name="exception">What the call threw.</param>
    /// <param name="capture">The call's capture, filled by <see cref="ErrorCaptureHandler"/>.</param>
    public SeedanceException? TryTranslate(Exception exception, ResponseCaptureOption? capture = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        switch (exception)
        {
            case SeedanceException seedance:
                seedance.Redactor ??= _redactor;
                return seedance;
            case ReplayRefusedException refused:
                // An app's handler outside the SDK's replayed the whole call and was refused: the caller
                // sees what the call that did happen ended with.
                if (refused.Original.Failure is { } failure) return TryTranslate(failure, capture);
                if (capture?.StatusCode is { } final)
                    return FromResponse(final, capture.Headers, capture.BodyBytes, null, null, capture.RetryAfter, capture.BodyTruncated);
                return new SeedanceException($"{ProviderId}: {refused.Message}", new SeedanceErrorContext(Provider: ProviderId)) { Redactor = _redactor };
            case ErrorEnvelopeException envelope:
                return FromResponse(envelope.Status, capture?.Headers, capture?.BodyBytes ?? ReadOnlyMemory<byte>.Empty, null, null, capture?.RetryAfter);
            case AggregateException aggregate when aggregate.InnerExceptions.Count == 1:
                return TryTranslate(aggregate.InnerExceptions[0], capture);
            // Kiota 2.1 wraps a 2xx body it cannot parse (an HTML maintenance page, cut-off JSON) in an
            // ApiException with the 2xx status. That is not a provider error: it is the format failure
            // below, and the caller needs to see the Content-Type the provider sent.
            case ApiException api when api is not IProviderError && IsSuccess((HttpStatusCode)api.ResponseStatusCode):
                return FormatFailure((HttpStatusCode)api.ResponseStatusCode, capture, api.InnerException ?? api,
                    capture?.StatusCode is null ? _redactor.RedactHeaders(api.ResponseHeaders) : null);
            case ApiException api:
                return FromApiException(api, capture);
            case HttpRequestException http:
                return FromTransport(http, capture);
            case OperationCanceledException:
                return null;
        }
        if (IsParseFailure(exception) && (capture?.StatusCode is not null || exception is JsonException))
        {
            var status = capture?.StatusCode;
            if (status is { } code && !IsSuccess(code))
                return FromResponse(code, capture!.Headers, capture.BodyBytes, null, exception, capture.RetryAfter, capture.BodyTruncated);
            return FormatFailure(status, capture, exception);
        }
        return null;
    }

    /// <summary>Builds the exception for a failed response from its parts.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="headers">Response headers, already redacted.</param>
    /// <param name="body">The start of the body (up to 1 MiB is parsed; <see cref="SeedanceException.MaxRawBodyBytes"/> is kept).</param>
    /// <param name="providerError">The generated error model, when Kiota parsed one.</param>
    /// <param name="innerException">The original exception, kept as the inner exception.</param>
    /// <param name="retryAfter">The server-requested wait, for 429.</param>
    /// <param name="bodyTruncated">True when the body was longer than what was read.</param>
    public SeedanceException FromResponse(HttpStatusCode status, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers, ReadOnlyMemory<byte> body,
        IProviderError? providerError = null, Exception? innerException = null, TimeSpan? retryAfter = null, bool bodyTruncated = false)
    {
        var fallback = ErrorBody.Read(body);
        var code = ErrorBody.NonEmpty(providerError?.ProviderErrorCode) ?? fallback.Code;
        var providerMessage = ErrorBody.NonEmpty(providerError?.ProviderErrorMessage) ?? fallback.Message;
        var requestId = RequestIds.FromHeaders(headers)
            ?? ErrorBody.NonEmpty(providerError?.ProviderRequestId)
            ?? fallback.RequestId
            ?? RequestIds.FromText(providerMessage);
        // CometAPI's task routes may leave code empty and put the code in message ("task_not_exist").
        if (code is null && providerMessage is not null && IsNotFoundCode(providerMessage)) code = providerMessage;

        var rawBody = RawBodyText.Cap(body.Span);
        var context = new SeedanceErrorContext(
            Provider: ProviderId,
            StatusCode: status,
            ProviderCode: code is null ? null : _redactor.Scrub(code),
            ProviderMessage: providerMessage is null ? null : _redactor.Scrub(providerMessage),
            RequestId: requestId is null ? null : _redactor.Scrub(requestId),
            RawBody: rawBody is null ? null : _redactor.Scrub(rawBody),
            Headers: headers);
        retryAfter ??= headers is null ? null
            : RetryAfter.Parse(headers.Select(h => new KeyValuePair<string, IEnumerable<string>>(h.Key, h.Value)), _time.GetUtcNow());

        var message = new StringBuilder()
            .Append(ProviderId).Append(" answered ").Append((int)status);
        if (context.ProviderCode is not null) message.Append(' ').Append(context.ProviderCode);
        message.Append(": ").Append(context.ProviderMessage ?? DescribeMissingMessage(status, rawBody, bodyTruncated));
        if (context.RequestId is not null) message.Append(" (request id ").Append(context.RequestId).Append(')');
        if ((int)status == 429 && retryAfter is { } wait)
            message.Append(CultureInfo.InvariantCulture, $"; retry after {wait.TotalSeconds:0.###} s");
        var text = _redactor.ScrubForLog(message.ToString());

        // Scrubbing the outer exception's fields is not enough when the key (or a bearer token) was in the
        // response: the generated error model would still hold it verbatim, in its Message and properties.
        // The context already holds the scrubbed fields, so a field the scrubber changed held a secret.
        var echoed = Changed(rawBody, context.RawBody) || Changed(providerMessage, context.ProviderMessage)
            || Changed(code, context.ProviderCode) || Changed(requestId, context.RequestId);
        innerException = SafeInner(innerException, status, headers, context, echoed);

        var exception = MapByMappers(context, text, innerException) ?? MapByStatus(status, code, text, context, innerException, retryAfter);
        exception.Redactor ??= _redactor;
        return exception;
    }

    /// <summary>
    /// <paramref name="inner"/> when nothing in it holds a secret; otherwise a scrubbed stand-in. A
    /// generated error model becomes a <see cref="ScrubbedProviderError"/> (still an <see cref="ApiException"/>
    /// and an <see cref="IProviderError"/>, with the scrubbed fields), any other exception is dropped.
    /// </summary>
    /// <param name="inner">What the HTTP layer raised.</param>
    /// <param name="status">The response status.</param>
    /// <param name="headers">The redacted response headers.</param>
    /// <param name="context">The scrubbed fields of the response.</param>
    /// <param name="echoed">True when the response itself held a secret.</param>
    private Exception? SafeInner(Exception? inner, HttpStatusCode status, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers,
        SeedanceErrorContext context, bool echoed)
    {
        if (inner is null || (!echoed && !HoldsSecret(inner))) return inner;
        return inner is IProviderError
            ? new ScrubbedProviderError(_redactor.Scrub(inner.Message), (int)status, headers, context)
            : null;
    }

    /// <summary>
    /// Whether an exception raised outside a response (or that could not be translated) exposes a secret
    /// in its text or, for a generated error model, its provider fields.
    /// </summary>
    internal bool HoldsSecret(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        string text;
        try
        {
            text = exception.ToString();
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            return true; // a text we cannot read is a text we cannot vouch for
        }
        return ContainsSecret(text)
            || (exception is IProviderError p && (ContainsSecret(p.ProviderErrorCode) || ContainsSecret(p.ProviderErrorMessage) || ContainsSecret(p.ProviderRequestId)));
    }

    /// <summary>True when the redactor would change <paramref name="text"/>: it holds the configured key or a bearer token.</summary>
    private bool ContainsSecret(string? text) => !string.IsNullOrEmpty(text) && Changed(text, _redactor.Scrub(text));

    private static bool Changed(string? original, string? scrubbed) => !string.Equals(original, scrubbed, StringComparison.Ordinal);

    private SeedanceException? MapByMappers(SeedanceErrorContext context, string message, Exception? innerException)
    {
        foreach (var mapper in _mappers)
        {
            if (mapper.TryMap(context, message, innerException) is { } mapped) return mapped;
        }
        return null;
    }

    private static SeedanceException MapByStatus(HttpStatusCode status, string? code, string message, SeedanceErrorContext context, Exception? inner, TimeSpan? retryAfter)
    {
        var value = (int)status;
        if (value is >= 400 and < 500 && IsNotFoundCode(code)) return new SeedanceNotFoundException(message, context, inner);
        if (value is >= 200 and < 300) return MapEnvelope(code, message, context, inner, retryAfter);
        return value switch
        {
            401 or 403 => new SeedanceAuthenticationException(message, context, inner),
            404 => new SeedanceNotFoundException(message, context, inner),
            408 => new SeedanceTimeoutException(message, SeedanceTimeoutKind.Server, null, context, inner),
            429 => new SeedanceRateLimitException(message, context, inner, retryAfter),
            >= 400 and < 500 => new SeedanceInvalidRequestException(message, context, inner),
            >= 500 and < 600 => new SeedanceServerException(message, context, inner),
            _ => new SeedanceResponseFormatException(message + " (unexpected status)", context, inner),
        };
    }

    /// <summary>
    /// An error sent with a 2xx status has only its code to go by. Codes seen in the specs and their
    /// providers' docs map to their types; any other code is the provider refusing the request.
    /// </summary>
    private static SeedanceException MapEnvelope(string? code, string message, SeedanceErrorContext context, Exception? inner, TimeSpan? retryAfter)
    {
        if (IsNotFoundCode(code)) return new SeedanceNotFoundException(message, context, inner);
        return code?.ToLowerInvariant() switch
        {
            "unauthorized" or "invalid_token" or "invalid_api_key" or "authentication_error" or "forbidden" or "insufficient_permissions"
                => new SeedanceAuthenticationException(message, context, inner),
            "rate_limit" or "rate_limited" or "rate_limit_exceeded" or "too_many_requests"
                => new SeedanceRateLimitException(message, context, inner, retryAfter),
            "api_error" or "server_error" or "internal_error" or "internal_server_error" or "upstream_error" or "service_unavailable"
                => new SeedanceServerException(message, context, inner),
            _ => new SeedanceInvalidRequestException(message, context, inner),
        };
    }

    private SeedanceException FromApiException(ApiException api, ResponseCaptureOption? capture)
    {
        var status = (HttpStatusCode)api.ResponseStatusCode;
        var headers = capture?.StatusCode == status && capture.Headers is not null
            ? capture.Headers
            : _redactor.RedactHeaders(api.ResponseHeaders);
        var sameResponse = capture?.StatusCode == status;
        return FromResponse(status, headers, sameResponse ? capture!.BodyBytes : ReadOnlyMemory<byte>.Empty,
            api as IProviderError, api, sameResponse ? capture!.RetryAfter : null, sameResponse && capture!.BodyTruncated);
    }

    private SeedanceException FromTransport(HttpRequestException http, ResponseCaptureOption? capture)
    {
        // A response arrived but its body broke while HttpClient buffered it: the status still decides.
        if (capture?.StatusCode is { } status && !IsSuccess(status))
            return FromResponse(status, capture.Headers, capture.BodyBytes, null, http, capture.RetryAfter, bodyTruncated: true);
        var beforeSending = TransientFailure.FailedBeforeSending(http);
        var message = $"{ProviderId}: no response ({http.HttpRequestError}): {http.Message}"
            + (beforeSending
                ? " The request was not sent."
                : " The request may have reached the server; check before sending a create call again.");
        return new SeedanceConnectionException(_redactor.ScrubForLog(message), http.HttpRequestError, !beforeSending,
            new SeedanceErrorContext(Provider: ProviderId, StatusCode: capture?.StatusCode), HoldsSecret(http) ? null : http) { Redactor = _redactor };
    }

    /// <param name="status">The response status, when one arrived.</param>
    /// <param name="capture">The call's capture; its headers and body describe the response.</param>
    /// <param name="exception">The parse failure.</param>
    /// <param name="fallbackHeaders">Redacted headers to use when the call had no capture.</param>
    private SeedanceResponseFormatException FormatFailure(HttpStatusCode? status, ResponseCaptureOption? capture, Exception exception,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? fallbackHeaders = null)
    {
        var rawBody = capture?.RawBody;
        var headers = capture?.Headers ?? fallbackHeaders;
        var contentType = headers is not null && headers.TryGetValue("Content-Type", out var types) ? types.FirstOrDefault() : null;
        var context = new SeedanceErrorContext(
            Provider: ProviderId,
            StatusCode: status,
            RequestId: RequestIds.FromHeaders(headers),
            RawBody: rawBody is null ? null : _redactor.Scrub(rawBody),
            Headers: headers);
        var statusText = status is { } s ? ((int)s).ToString(CultureInfo.InvariantCulture) : "a response";
        var message = $"{ProviderId} answered {statusText} with a body that could not be read"
            + (contentType is null ? string.Empty : $" (Content-Type {contentType})")
            + $": {exception.GetType().Name}: {exception.Message}"
            + (context.RequestId is null ? string.Empty : $" (request id {context.RequestId})");
        return new SeedanceResponseFormatException(_redactor.ScrubForLog(message), context, HoldsSecret(exception) ? null : exception) { Redactor = _redactor };
    }

    private static string DescribeMissingMessage(HttpStatusCode status, string? rawBody, bool truncated)
    {
        var reason = ReasonPhrase(status);
        if (rawBody is null) return reason + " (empty body)";
        var trimmed = rawBody.TrimStart();
        var kind = trimmed.StartsWith('<') ? "an HTML/XML body" : "a body without an error message";
        return $"{reason} ({kind}{(truncated ? ", truncated" : string.Empty)})";
    }

    private static string ReasonPhrase(HttpStatusCode status)
    {
        using var response = new HttpResponseMessage(status);
        return response.ReasonPhrase ?? "Unexpected status";
    }

    /// <summary>
    /// Stands in for a generated error model whose text held the key: the same status, redacted headers,
    /// and the provider code, message and request id as scrubbed on the outer exception. Callers that
    /// test for <see cref="IProviderError"/> or <see cref="ApiException"/> still find one.
    /// </summary>
    private sealed class ScrubbedProviderError : ApiException, IProviderError
    {
        public ScrubbedProviderError(string message, int status, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers, SeedanceErrorContext context)
            : base(message)
        {
            ResponseStatusCode = status;
            ProviderErrorCode = context.ProviderCode;
            ProviderErrorMessage = context.ProviderMessage;
            ProviderRequestId = context.RequestId;
            if (headers is not null)
            {
                ResponseHeaders = headers.ToDictionary(h => h.Key, h => (IEnumerable<string>)h.Value, StringComparer.OrdinalIgnoreCase);
            }
        }

        public string? ProviderErrorCode { get; }

        public string? ProviderErrorMessage { get; }

        public string? ProviderRequestId { get; }
    }

    private static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;

    private static bool IsParseFailure(Exception exception) =>
        exception is JsonException or FormatException or InvalidOperationException or InvalidCastException or OverflowException or DecoderFallbackException;
}
