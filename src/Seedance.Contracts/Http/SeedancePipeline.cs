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
/// <see cref="HttpClient"/> whose handler chain is <see cref="CreateSdkHandlers"/> (the SDK's error capture and
/// one resilience layer, then Kiota's defaults without its RetryHandler), then whatever the app added,
/// then <see cref="CreateWireHandlers"/> (one log line per send, and the guard that puts each send on the
/// wire at most once), plus the <see cref="SeedanceCall"/> that wraps each generated call.
/// </summary>
internal sealed class SeedancePipeline : IDisposable
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
    /// <param name="options">Key, base URL, retry policy, timeout, logging, transport, clock.</param>
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

        // From IHttpClientFactory the transport is the factory's (rotating) handler chain, which already holds the SDK's handlers.
        var httpClient = options.HandlersInstalled && options.PrimaryHandler is { } factoryChain
            ? new HttpClient(factoryChain) { Timeout = Timeout.InfiniteTimeSpan }
            : BuildHttpClient(options, providerId, redactor);

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
    /// The client of a pipeline built without IHttpClientFactory: the SDK's handlers over the transport the
    /// options name (an <see cref="HttpClient"/> or a primary handler, neither of which the SDK disposes), or
    /// over Kiota's default handler, which it creates and therefore disposes.
    /// </summary>
    private static HttpClient BuildHttpClient(SeedanceClientOptions options, string providerId, Redactor redactor)
    {
        HttpMessageHandler transport = options.HttpClient is { } given ? new HttpClientTransport(given)
            : options.PrimaryHandler is { } primary ? new NonDisposingHandler(primary)
            : KiotaClientFactory.GetDefaultHttpMessageHandler();
        var handlers = CreateSdkHandlers(options, providerId, redactor);
        handlers.AddRange(CreateWireHandlers(options.LoggerFactory, redactor, options.TimeProvider));
        var first = KiotaClientFactory.ChainHandlersCollectionAndGetFirstLink(transport, [.. handlers])!;
        // The SDK enforces CallTimeout itself; HttpClient.Timeout would fire as a bare TaskCanceledException.
        return new HttpClient(first) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>What is wrong with a base URL ("has a query string"), or null when the SDK can send to it.</summary>
    internal static string? BaseUrlProblem(Uri baseUrl) =>
        !baseUrl.IsAbsoluteUri ? "is not absolute"
        : baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp ? $"has scheme '{baseUrl.Scheme}', not http or https"
        : baseUrl.UserInfo.Length > 0 ? "contains user info"
        : baseUrl.Query.Length > 0 ? "has a query string"
        : baseUrl.Fragment.Length > 0 ? "has a fragment"
        : null;

    /// <summary>
    /// Refuses a base URL the SDK cannot send to correctly: not absolute, not http(s), or carrying a
    /// query, fragment or user info (the generated URL templates append paths, so those parts would end
    /// up in the middle of every URL, and user info would leak into logs). Nothing has been sent yet.
    /// </summary>
    private static void CheckBaseUrl(Uri? baseUrl, Redactor redactor)
    {
        if (baseUrl is null || BaseUrlProblem(baseUrl) is not { } problem) return;
        var shown = baseUrl.IsAbsoluteUri ? redactor.RedactUrl(baseUrl) : redactor.ScrubForLog(baseUrl.OriginalString);
        throw new ArgumentException(
            $"SeedanceClientOptions.BaseUrl {problem} ('{shown}'); give an absolute http(s) URL such as https://api.example.com with no query, fragment or user info.",
            "options");
    }

    /// <summary>
    /// The SDK's own handlers, outermost first:
    /// <list type="number">
    /// <item><see cref="ErrorCaptureHandler"/>: outside the retry loop, so it reads only the final response's body
    /// (one bounded read per call) and records the Retry-After the caller's exception reports.</item>
    /// <item><see cref="SeedanceResilienceHandler"/>: the one retry layer (Polly), with the per-call and per-attempt timeouts.</item>
    /// <item>Kiota's other defaults (URI replacement, redirect, parameter-name decoding, user agent, headers and body
    /// inspection): inside the retry loop, so a redirect chain is one attempt and a retry re-runs it from the start.</item>
    /// <item><see cref="SendStamperHandler"/>: numbers each send the SDK wants; below it begin the app's handlers.</item>
    /// </list>
    /// </summary>
    internal static List<DelegatingHandler> CreateSdkHandlers(SeedanceClientOptions options, string providerId, Redactor redactor)
    {
        var time = options.TimeProvider ?? TimeProvider.System;
        var userAgent = new UserAgentHandlerOption
        {
            ProductName = "seedance-contracts-dotnet",
            ProductVersion = typeof(SeedancePipeline).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
        };
        var kiotaDefaults = KiotaClientFactory.CreateDefaultHandlers([userAgent]).Where(h => h is not RetryHandler);
        var callTimeout = options.CallTimeout == Timeout.InfiniteTimeSpan ? null : options.CallTimeout;
        return
        [
            new ErrorCaptureHandler(redactor, time),
            new SeedanceResilienceHandler(new SeedanceResiliencePipeline(providerId, options.Retry, callTimeout, time, options.LoggerFactory, redactor, options.Random)),
            .. kiotaDefaults,
            new SendStamperHandler(),
        ];
    }

    /// <summary>The logger of the per-send log line (category <c>Seedance.Http</c>).</summary>
    internal static ILogger HttpLogger(ILoggerFactory? loggerFactory) => (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Seedance.Http");

    /// <summary>
    /// The handlers right above the transport, below anything the app added: one log line per send that
    /// reaches the wire, and the guard that puts each send there at most once.
    /// </summary>
    internal static IEnumerable<DelegatingHandler> CreateWireHandlers(ILoggerFactory? loggerFactory, Redactor redactor, TimeProvider? time) =>
    [
        new RedactingLoggingHandler(HttpLogger(loggerFactory), redactor, time),
        new SingleSendGuardHandler(),
    ];

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

    /// <summary>
    /// Disposes what the pipeline created. An HttpClient or handler it was given sits below a
    /// non-disposing link (<see cref="HttpClientTransport"/>, <see cref="NonDisposingHandler"/>,
    /// <see cref="Hosting.FactoryTransport"/>), so the app's objects outlive it.
    /// </summary>
    public void Dispose()
    {
        RequestAdapter.Dispose();
        _httpClient.Dispose();
    }
}
