using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using Microsoft.Kiota.Serialization.Form;
using Microsoft.Kiota.Serialization.Json;
using Microsoft.Kiota.Serialization.Multipart;
using Microsoft.Kiota.Serialization.Text;
using Seedance.Contracts.Errors;

namespace Seedance.Contracts.Http;

/// <summary>
/// The HTTP stack of one provider client: a Kiota <see cref="HttpClientRequestAdapter"/> over an
/// <see cref="HttpClient"/> whose handler chain is Kiota's defaults with its RetryHandler swapped for
/// the SDK's handlers, plus the <see cref="SeedanceCall"/> that wraps each generated call.
/// </summary>
public sealed class SeedancePipeline : IDisposable
{
    private readonly HttpClient _httpClient;

    private SeedancePipeline(string providerId, HttpClient httpClient, HttpClientRequestAdapter adapter, SeedanceCall call, Redactor redactor)
    {
        ProviderId = providerId;
        _httpClient = httpClient;
        RequestAdapter = adapter;
        Call = call;
        Redactor = redactor;
    }

    /// <summary>The provider id, e.g. <c>cometapi-volc</c>.</summary>
    public string ProviderId { get; }

    /// <summary>The adapter to hand to the generated client's constructor.</summary>
    public HttpClientRequestAdapter RequestAdapter { get; }

    /// <summary>Wraps each generated call: deadline, options, typed errors.</summary>
    public SeedanceCall Call { get; }

    /// <summary>The redactor that knows this pipeline's key.</summary>
    public Redactor Redactor { get; }

    /// <summary>Builds the pipeline for a provider.</summary>
    /// <param name="options">Key, base URL, retry policy, timeout, logging, primary handler, clock.</param>
    /// <param name="providerId">The provider id (spec file stem).</param>
    public static SeedancePipeline Create(SeedanceClientOptions options, string providerId)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(providerId);
        var redactor = Redactor.For(options.ApiKey);
        CheckBaseUrl(options.BaseUrl, redactor);
        var time = options.TimeProvider ?? TimeProvider.System;
        var callTimeout = options.CallTimeout == Timeout.InfiniteTimeSpan ? null : options.CallTimeout;
        if (callTimeout is { } t && t <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), t, "CallTimeout must be positive, infinite or null.");

        var handlers = CreateHandlers(options, providerId, redactor);
        var first = KiotaClientFactory.ChainHandlersCollectionAndGetFirstLink(
            options.PrimaryHandler ?? KiotaClientFactory.GetDefaultHttpMessageHandler(), [.. handlers])!;
        // The SDK enforces CallTimeout itself; HttpClient.Timeout would fire as a bare TaskCanceledException.
        var httpClient = new HttpClient(first) { Timeout = Timeout.InfiniteTimeSpan };

        RegisterSerializers();
        IAuthenticationProvider auth = options.ApiKey is null
            ? new AnonymousAuthenticationProvider()
            : new BearerKeyAuthenticationProvider(options.ApiKey);
        var adapter = new HttpClientRequestAdapter(auth, httpClient: httpClient);
        if (options.BaseUrl is not null) adapter.BaseUrl = options.BaseUrl.ToString();

        var translator = new ErrorTranslator(providerId, redactor, options.ErrorMappers, time);
        var call = new SeedanceCall(translator, callTimeout, time);
        return new SeedancePipeline(providerId, httpClient, adapter, call, redactor);
    }

    /// <summary>
    /// Refuses a base URL the SDK cannot send to correctly: not absolute, not http(s), or carrying a
    /// query, fragment or user info (the generated URL templates append paths, so those parts would end
    /// up in the middle of every URL, and user info would leak into logs). Nothing has been sent yet.
    /// </summary>
    private static void CheckBaseUrl(Uri? baseUrl, Redactor redactor)
    {
        if (baseUrl is null) return;
        string? problem =
            !baseUrl.IsAbsoluteUri ? "is not absolute"
            : baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp ? $"has scheme '{baseUrl.Scheme}', not http or https"
            : baseUrl.UserInfo.Length > 0 ? "contains user info"
            : baseUrl.Query.Length > 0 ? "has a query string"
            : baseUrl.Fragment.Length > 0 ? "has a fragment"
            : null;
        if (problem is null) return;
        var shown = baseUrl.IsAbsoluteUri ? redactor.RedactUrl(baseUrl) : redactor.ScrubForLog(baseUrl.OriginalString);
        throw new ArgumentException(
            $"SeedanceClientOptions.BaseUrl {problem} ('{shown}'); give an absolute http(s) URL such as https://api.example.com with no query, fragment or user info.",
            "options");
    }

    /// <summary>
    /// The handler chain, outermost first:
    /// <list type="number">
    /// <item><see cref="CallTimeoutHandler"/>: one deadline over all attempts and waits (for callers that bypass <see cref="SeedanceCall"/>).</item>
    /// <item><see cref="ErrorCaptureHandler"/>: outside the retry loop, so it reads only the final response's body
    /// (one bounded read per call) and records the Retry-After the caller's exception reports.</item>
    /// <item><see cref="SeedanceRetryHandler"/>: replaces Kiota's RetryHandler.</item>
    /// <item><see cref="RedactingLoggingHandler"/>: inside the retry loop, so every attempt is logged with its number.</item>
    /// <item>Kiota's other defaults (URI replacement, redirect, parameter-name decoding, user agent, headers and body
    /// inspection): inside the retry loop, so a redirect chain is one attempt and a retry re-runs it from the start.</item>
    /// <item>The primary handler.</item>
    /// </list>
    /// </summary>
    internal static List<DelegatingHandler> CreateHandlers(SeedanceClientOptions options, string providerId, Redactor redactor)
    {
        var time = options.TimeProvider ?? TimeProvider.System;
        var loggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        var userAgent = new UserAgentHandlerOption
        {
            ProductName = "seedance-contracts-dotnet",
            ProductVersion = typeof(SeedancePipeline).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
        };
        var kiotaDefaults = KiotaClientFactory.CreateDefaultHandlers([userAgent]).Where(h => h is not RetryHandler);
        return
        [
            new CallTimeoutHandler(options.CallTimeout, time, providerId),
            new ErrorCaptureHandler(redactor, time),
            new SeedanceRetryHandler(options.Retry, time, loggerFactory.CreateLogger("Seedance.Http.Retry"), redactor),
            new RedactingLoggingHandler(loggerFactory.CreateLogger("Seedance.Http"), redactor, time),
            .. kiotaDefaults,
        ];
    }

    /// <summary>
    /// Generated clients register their serializers in their constructor; doing it here too means a
    /// hand-built request sent through this adapter (tests, WithUrl downloads) can be parsed as well.
    /// Registration is idempotent.
    /// </summary>
    private static void RegisterSerializers()
    {
        ApiClientBuilder.RegisterDefaultSerializer<JsonSerializationWriterFactory>();
        ApiClientBuilder.RegisterDefaultSerializer<TextSerializationWriterFactory>();
        ApiClientBuilder.RegisterDefaultSerializer<FormSerializationWriterFactory>();
        ApiClientBuilder.RegisterDefaultSerializer<MultipartSerializationWriterFactory>();
        ApiClientBuilder.RegisterDefaultDeserializer<JsonParseNodeFactory>();
        ApiClientBuilder.RegisterDefaultDeserializer<TextParseNodeFactory>();
        ApiClientBuilder.RegisterDefaultDeserializer<FormParseNodeFactory>();
    }

    /// <summary>Disposes the HTTP client and its handler chain (including the primary handler).</summary>
    public void Dispose()
    {
        RequestAdapter.Dispose();
        _httpClient.Dispose();
    }
}
