using System.Globalization;
using System.Net;
using System.Text;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;

namespace Seedance.Testing;

/// <summary>
/// Builds the SDK's result and error types for tests, with every property an app reads set as a real
/// response would set it (the pattern of the Azure SDK's model factories): statuses in the provider's own
/// words, and exceptions with the status code, provider code and message, request id and raw body, and
/// a message in the form the SDK writes (<c>{provider} answered {status} {code}: {message} (request id {id})</c>).
/// Use them to script a <see cref="FakeVideoJobClient"/> or a mock of your own.
/// </summary>
public static class SeedanceModelFactory
{
    private const string DefaultJobId = "fake-job-0001";

    /// <summary>A job status.</summary>
    /// <param name="state">The normalized state.</param>
    /// <param name="jobId">The job id.</param>
    /// <param name="provider">The provider id.</param>
    /// <param name="rawStatus">The provider's word; null uses the word its spec documents for <paramref name="state"/>.</param>
    /// <param name="progress">Percent done.</param>
    /// <param name="videoUrl">The video URL; null on a succeeded status uses a fake one that never resolves.</param>
    /// <param name="error">Why the job failed.</param>
    /// <param name="usage">Tokens billed (<see cref="VideoJobUsage"/>).</param>
    /// <param name="creditsCharged">Credits charged.</param>
    /// <param name="requestId">The request id of the response.</param>
    /// <param name="retryAfter">The server's Retry-After.</param>
    /// <param name="lastFrameUrl">The last frame's URL.</param>
    public static VideoJobStatus VideoJobStatus(
        VideoJobState state = VideoJobState.Queued,
        string jobId = DefaultJobId,
        string provider = ProviderId.Seedance2Ink,
        string? rawStatus = null,
        int? progress = null,
        Uri? videoUrl = null,
        VideoJobError? error = null,
        VideoJobUsage? usage = null,
        double? creditsCharged = null,
        string? requestId = null,
        TimeSpan? retryAfter = null,
        Uri? lastFrameUrl = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        CheckProvider(provider);
        if (state == VideoJobState.Succeeded) videoUrl ??= new Uri($"https://{FakeVideoJobClient.VideoHost}/{provider}/{Uri.EscapeDataString(jobId)}.mp4");
        rawStatus ??= ProviderWords.For(provider).TryGetValue(state, out var word) ? word : null;
        return new Contracts.VideoJobStatus(jobId, provider, state, rawStatus, progress, videoUrl, error)
        {
            Usage = usage,
            CreditsCharged = creditsCharged,
            RequestId = requestId,
            RetryAfter = retryAfter,
            LastFrameUrl = lastFrameUrl,
        };
    }

    /// <summary>Why a job failed.</summary>
    /// <param name="code">The provider's error code.</param>
    /// <param name="message">The provider's message.</param>
    public static VideoJobError VideoJobError(string? code = "InternalServiceError", string? message = "The video could not be generated.") => new(code, message);

    /// <summary>Tokens billed for a job.</summary>
    /// <param name="completionTokens">Tokens for the video.</param>
    /// <param name="totalTokens">All tokens; null uses <paramref name="completionTokens"/>.</param>
    public static VideoJobUsage VideoJobUsage(long? completionTokens = 108_900, long? totalTokens = null) => new(completionTokens, totalTokens ?? completionTokens);

    /// <summary>How far a download is.</summary>
    /// <param name="bytesReceived">Bytes written so far.</param>
    /// <param name="totalBytes">The file's length, when known.</param>
    public static DownloadProgress DownloadProgress(long bytesReceived, long? totalBytes = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytesReceived);
        return new DownloadProgress(bytesReceived, totalBytes);
    }

    /// <summary>What is known about a failed call.</summary>
    /// <param name="provider">The provider id.</param>
    /// <param name="statusCode">The HTTP status, or null when no response arrived.</param>
    /// <param name="providerCode">The provider's error code.</param>
    /// <param name="providerMessage">The provider's message.</param>
    /// <param name="requestId">The request id.</param>
    /// <param name="rawBody">The raw body (cut to <see cref="Contracts.Errors.SeedanceException.MaxRawBodyBytes"/> bytes, as the SDK cuts it).</param>
    /// <param name="headers">Response headers.</param>
    public static SeedanceErrorContext SeedanceErrorContext(
        string? provider = ProviderId.Seedance2Ink,
        HttpStatusCode? statusCode = null,
        string? providerCode = null,
        string? providerMessage = null,
        string? requestId = null,
        string? rawBody = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null) =>
        new(provider, statusCode, providerCode, providerMessage, requestId, Cap(rawBody), headers);

    /// <summary>A failure the SDK cannot classify further.</summary>
    /// <param name="message">The message.</param>
    /// <param name="context">The failed call; null for none.</param>
    /// <param name="innerException">The cause.</param>
    public static SeedanceException SeedanceException(string message = "The call failed.", SeedanceErrorContext? context = null, Exception? innerException = null) =>
        new(message, context, innerException);

    /// <summary>The provider refused the request as invalid (400 by default).</summary>
    /// <param name="providerCode">The provider's error code.</param>
    /// <param name="providerMessage">The provider's message.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="provider">The provider id.</param>
    /// <param name="requestId">The request id.</param>
    /// <param name="rawBody">The raw body.</param>
    public static SeedanceInvalidRequestException SeedanceInvalidRequestException(
        string? providerCode = "InvalidParameter", string? providerMessage = "The parameter is invalid.", HttpStatusCode statusCode = HttpStatusCode.BadRequest,
        string provider = ProviderId.Seedance2Ink, string? requestId = null, string? rawBody = null)
    {
        var context = Http(provider, statusCode, providerCode, providerMessage, requestId, rawBody);
        return new(Message(context), context);
    }

    /// <summary>The key is missing, wrong or not allowed (401 by default).</summary>
    /// <param name="providerCode">The provider's error code.</param>
    /// <param name="providerMessage">The provider's message.</param>
    /// <param name="statusCode">The HTTP status (401 or 403).</param>
    /// <param name="provider">The provider id.</param>
    /// <param name="requestId">The request id.</param>
    /// <param name="rawBody">The raw body.</param>
    public static SeedanceAuthenticationException SeedanceAuthenticationException(
        string? providerCode = "invalid_api_key", string? providerMessage = "Invalid API key.", HttpStatusCode statusCode = HttpStatusCode.Unauthorized,
        string provider = ProviderId.Seedance2Ink, string? requestId = null, string? rawBody = null)
    {
        var context = Http(provider, statusCode, providerCode, providerMessage, requestId, rawBody);
        return new(Message(context), context);
    }

    /// <summary>The provider does not know the job (404 by default).</summary>
    /// <param name="providerCode">The provider's error code.</param>
    /// <param name="providerMessage">The provider's message.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="provider">The provider id.</param>
    /// <param name="requestId">The request id.</param>
    /// <param name="rawBody">The raw body.</param>
    public static SeedanceNotFoundException SeedanceNotFoundException(
        string? providerCode = "task_not_exist", string? providerMessage = "The task does not exist.", HttpStatusCode statusCode = HttpStatusCode.NotFound,
        string provider = ProviderId.Seedance2Ink, string? requestId = null, string? rawBody = null)
    {
        var context = Http(provider, statusCode, providerCode, providerMessage, requestId, rawBody);
        return new(Message(context), context);
    }

    /// <summary>A video URL was refused: expired or deleted (403 by default).</summary>
    /// <param name="statusCode">The HTTP status (401, 403, 404 or 410).</param>
    /// <param name="provider">The provider id.</param>
    /// <param name="requestId">The request id.</param>
    /// <param name="rawBody">The raw body.</param>
    public static SeedanceOutputExpiredException SeedanceOutputExpiredException(
        HttpStatusCode statusCode = HttpStatusCode.Forbidden, string provider = ProviderId.Seedance2Ink, string? requestId = null, string? rawBody = null)
    {
        var context = Http(provider, statusCode, null, "The video URL has expired.", requestId, rawBody);
        return new(Message(context), context);
    }

    /// <summary>The provider throttled the call (429).</summary>
    /// <param name="retryAfter">How long the server asked to wait, or null.</param>
    /// <param name="providerCode">The provider's error code.</param>
    /// <param name="providerMessage">The provider's message.</param>
    /// <param name="provider">The provider id.</param>
    /// <param name="requestId">The request id.</param>
    /// <param name="rawBody">The raw body.</param>
    public static SeedanceRateLimitException SeedanceRateLimitException(
        TimeSpan? retryAfter = null, string? providerCode = "rate_limit_exceeded", string? providerMessage = "Too many requests.",
        string provider = ProviderId.Seedance2Ink, string? requestId = null, string? rawBody = null)
    {
        var context = Http(provider, HttpStatusCode.TooManyRequests, providerCode, providerMessage, requestId, rawBody);
        var message = Message(context) + (retryAfter is { } wait ? string.Create(CultureInfo.InvariantCulture, $"; retry after {wait.TotalSeconds:0.###} s") : "");
        return new(message, context, null, retryAfter);
    }

    /// <summary>The provider failed (500 by default).</summary>
    /// <param name="providerCode">The provider's error code.</param>
    /// <param name="providerMessage">The provider's message.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="provider">The provider id.</param>
    /// <param name="requestId">The request id.</param>
    /// <param name="rawBody">The raw body.</param>
    public static SeedanceServerException SeedanceServerException(
        string? providerCode = "InternalServiceError", string? providerMessage = "The service encountered an unexpected internal error.", HttpStatusCode statusCode = HttpStatusCode.InternalServerError,
        string provider = ProviderId.Seedance2Ink, string? requestId = null, string? rawBody = null)
    {
        var context = Http(provider, statusCode, providerCode, providerMessage, requestId, rawBody);
        return new(Message(context), context);
    }

    /// <summary>A response arrived that the SDK cannot read (200 by default).</summary>
    /// <param name="rawBody">The body that could not be read.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="provider">The provider id.</param>
    /// <param name="requestId">The request id.</param>
    public static SeedanceResponseFormatException SeedanceResponseFormatException(
        string? rawBody = "<html>Bad gateway</html>", HttpStatusCode statusCode = HttpStatusCode.OK, string provider = ProviderId.Seedance2Ink, string? requestId = null)
    {
        var context = Http(provider, statusCode, null, null, requestId, rawBody);
        return new($"{provider} answered {(int)statusCode} with a body that is not the documented JSON", context);
    }

    /// <summary>A deadline ran out.</summary>
    /// <param name="kind">Which clock ran out.</param>
    /// <param name="timeout">The limit that was exceeded.</param>
    /// <param name="provider">The provider id.</param>
    public static SeedanceTimeoutException SeedanceTimeoutException(
        SeedanceTimeoutKind kind = SeedanceTimeoutKind.WaitDeadline, TimeSpan? timeout = null, string provider = ProviderId.Seedance2Ink)
    {
        timeout ??= TimeSpan.FromMinutes(15);
        var context = kind == SeedanceTimeoutKind.Server ? Http(provider, HttpStatusCode.RequestTimeout, null, null, null, null) : new SeedanceErrorContext(Provider: provider);
        return new(string.Create(CultureInfo.InvariantCulture, $"{provider}: the {kind} timeout of {timeout} ran out."), kind, timeout, context);
    }

    /// <summary>No response arrived.</summary>
    /// <param name="error">The transport's classification.</param>
    /// <param name="requestMayHaveBeenSent">Whether the server may have seen the request (a create call may have started a job).</param>
    /// <param name="provider">The provider id.</param>
    public static SeedanceConnectionException SeedanceConnectionException(
        HttpRequestError error = HttpRequestError.ConnectionError, bool requestMayHaveBeenSent = false, string provider = ProviderId.Seedance2Ink) =>
        new($"{provider}: no response ({error}).", error, requestMayHaveBeenSent, new SeedanceErrorContext(Provider: provider));

    /// <summary>The provider has no way to do what was asked.</summary>
    /// <param name="capability">What was asked for, e.g. <c>cancel</c>.</param>
    /// <param name="provider">The provider id.</param>
    /// <param name="detail">What the caller can do instead.</param>
    public static SeedanceNotSupportedException SeedanceNotSupportedException(string capability = "cancel", string provider = ProviderId.CometApiVideos, string? detail = null) =>
        new(provider, capability, detail);

    /// <summary>A job ended without a video.</summary>
    /// <param name="finalStatus">The status it ended in; null uses a failed status from <see cref="VideoJobStatus"/>.</param>
    public static SeedanceJobFailedException SeedanceJobFailedException(Contracts.VideoJobStatus? finalStatus = null) =>
        new(finalStatus ?? VideoJobStatus(VideoJobState.Failed, error: VideoJobError()));

    /// <summary>A request broke the provider's or a model's rules; nothing was sent.</summary>
    /// <param name="violations">The violations; none uses one about <c>duration</c>.</param>
    /// <param name="provider">The provider id.</param>
    public static SeedanceValidationException SeedanceValidationException(IReadOnlyList<ValidationProblem>? violations = null, string? provider = ProviderId.Seedance2Ink) =>
        new(violations is { Count: > 0 } ? violations : [new ValidationProblem("duration", "99", "one of 4..15 for model seedance-2.0", "duration")], provider);

    /// <summary>A known provider quirk explains the failure.</summary>
    /// <param name="quirkId">The quirk's stable id (docs/quirks.md).</param>
    /// <param name="message">The message.</param>
    /// <param name="context">The failed call.</param>
    public static SeedanceQuirkException SeedanceQuirkException(string quirkId = "comet-404-as-400", string message = "The provider answered 400 for an unknown task.", SeedanceErrorContext? context = null) =>
        new(quirkId, message, context);

    /// <summary>CometAPI's Volc route refused valid JSON as unparseable (quirk <c>volc-json-parse-error</c>).</summary>
    /// <param name="fallbackAttempted">True when the fallback to <c>/v1/videos</c> was on but could not be used.</param>
    /// <param name="requestId">The request id.</param>
    /// <param name="rawBody">The raw body.</param>
    public static CometApiVolcJsonParseException CometApiVolcJsonParseException(bool fallbackAttempted = false, string? requestId = null, string? rawBody = null)
    {
        var context = Http(ProviderId.CometApiVolc, HttpStatusCode.BadRequest, "InvalidParameter", "json: cannot unmarshal request body", requestId, rawBody);
        return new(Message(context), context, fallbackAttempted);
    }

    /// <summary>A callback request the SDK refused.</summary>
    /// <param name="rejection">Why.</param>
    /// <param name="provider">The provider id.</param>
    public static SeedanceCallbackRejectedException SeedanceCallbackRejectedException(SeedanceCallbackRejection rejection = SeedanceCallbackRejection.BadToken, string? provider = ProviderId.Seedance2Ink) =>
        new(rejection, $"The callback was refused ({rejection}).", provider);

    private static SeedanceErrorContext Http(string provider, HttpStatusCode status, string? code, string? message, string? requestId, string? rawBody)
    {
        CheckProvider(provider);
        return new SeedanceErrorContext(provider, status, code, message, requestId, Cap(rawBody));
    }

    // The SDK's own message shape (ErrorTranslator), so an app's log or UI text is tested as it will read.
    private static string Message(SeedanceErrorContext context)
    {
        var message = new StringBuilder().Append(context.Provider).Append(" answered ").Append((int)context.StatusCode!.Value);
        if (context.ProviderCode is not null) message.Append(' ').Append(context.ProviderCode);
        message.Append(": ").Append(context.ProviderMessage ?? "(no message)");
        if (context.RequestId is not null) message.Append(" (request id ").Append(context.RequestId).Append(')');
        return message.ToString();
    }

    private static string? Cap(string? rawBody)
    {
        if (rawBody is null || Encoding.UTF8.GetByteCount(rawBody) <= Contracts.Errors.SeedanceException.MaxRawBodyBytes) return rawBody;
        var bytes = Encoding.UTF8.GetBytes(rawBody);
        // Cut on a character boundary: a half character would decode as U+FFFD.
        var length = Contracts.Errors.SeedanceException.MaxRawBodyBytes;
        while (length > 0 && (bytes[length] & 0xC0) == 0x80) length--;
        return Encoding.UTF8.GetString(bytes, 0, length);
    }

    private static void CheckProvider(string provider)
    {
        if (!ProviderId.IsKnown(provider))
            throw new ArgumentException($"Unknown provider '{provider}'. Known providers: {string.Join(", ", ProviderId.All)}.", nameof(provider));
    }
}
