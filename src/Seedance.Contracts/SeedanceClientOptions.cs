using Microsoft.Extensions.Logging;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Http;

namespace Seedance.Contracts;

/// <summary>
/// How a provider client built without dependency injection sends its requests: settings (base URL,
/// retries, per-call timeout) and the runtime services (transport, logging, clock, error mappers).
/// Defaults are safe for production: retries per <see cref="RetryOptions"/>, a 100 s per-call timeout,
/// no logging. Apps on <c>Microsoft.Extensions.DependencyInjection</c> use <c>AddSeedance</c> instead,
/// whose settings bind from configuration (<see cref="SeedanceProviderOptions"/>).
/// </summary>
public sealed class SeedanceClientOptions
{
    /// <summary>The default per-call timeout: 100 s, the old <see cref="HttpClient.Timeout"/> default, but enforced by the SDK.</summary>
    public static readonly TimeSpan DefaultCallTimeout = TimeSpan.FromSeconds(100);

    /// <summary>
    /// The key the pipeline sends. Internal: a job client's key is its constructor argument, and a
    /// second public place for it would only be ignored.
    /// </summary>
    internal SeedanceApiKey? ApiKey { get; set; }

    /// <summary>Overrides the provider's base URL (a proxy, a mock server). Null uses the spec's <c>servers[0].url</c>.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The retry policy.</summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>
    /// Deadline for one call, covering every attempt, every backoff wait and reading the body. Null or
    /// <see cref="Timeout.InfiniteTimeSpan"/> turns it off. Default <see cref="DefaultCallTimeout"/>.
    /// Exceeding it throws <see cref="SeedanceTimeoutException"/>. <see cref="HttpClient.Timeout"/> itself is set to infinite.
    /// </summary>
    public TimeSpan? CallTimeout { get; set; } = DefaultCallTimeout;

    /// <summary>Where the pipeline logs (redacted). Null logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// The innermost handler, which actually sends requests. Null uses Kiota's default
    /// (<see cref="SocketsHttpHandler"/>, no auto-redirect, automatic decompression), which the client creates
    /// and disposes. A handler given here is not disposed by the client: it may be shared.
    /// </summary>
    public HttpMessageHandler? PrimaryHandler { get; set; }

    /// <summary>
    /// An <see cref="HttpClient"/> to send through, under the SDK's own handlers (it wins over
    /// <see cref="PrimaryHandler"/>). The client never disposes it. Its own handlers run below the SDK's
    /// guard, so they must not resend requests; with IHttpClientFactory use <c>AddSeedance</c>, which
    /// neutralizes such handlers.
    /// </summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>True when <see cref="HttpClient"/> came from IHttpClientFactory with the SDK's handlers already in it.</summary>
    internal bool HandlersInstalled { get; set; }

    /// <summary>The jitter source of the retry backoff; tests pin it.</summary>
    internal Func<double>? Random { get; set; }

    /// <summary>The clock for timeouts, backoff and <c>Retry-After</c> dates. Tests pass a fake.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Quirk mappers consulted, in order, before the status-based error mapping.</summary>
    public IList<ISeedanceErrorMapper> ErrorMappers { get; } = new List<ISeedanceErrorMapper>();

    /// <summary>A copy with the same settings and services (the error mappers copied into a new list).</summary>
    internal SeedanceClientOptions Copy()
    {
        var copy = new SeedanceClientOptions
        {
            ApiKey = ApiKey,
            BaseUrl = BaseUrl,
            Retry = Retry,
            CallTimeout = CallTimeout,
            LoggerFactory = LoggerFactory,
            PrimaryHandler = PrimaryHandler,
            HttpClient = HttpClient,
            HandlersInstalled = HandlersInstalled,
            Random = Random,
            TimeProvider = TimeProvider,
        };
        foreach (var mapper in ErrorMappers) copy.ErrorMappers.Add(mapper);
        return copy;
    }
}
