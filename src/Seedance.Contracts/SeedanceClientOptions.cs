using Microsoft.Extensions.Logging;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Http;

namespace Seedance.Contracts;

/// <summary>
/// Everything a provider client needs to build its HTTP pipeline. Defaults are safe for production:
/// retries per <see cref="RetryOptions"/>, a 100 s per-call timeout, no logging.
/// </summary>
public sealed class SeedanceClientOptions
{
    /// <summary>The default per-call timeout: 100 s, the old <see cref="HttpClient.Timeout"/> default, but enforced by the SDK.</summary>
    public static readonly TimeSpan DefaultCallTimeout = TimeSpan.FromSeconds(100);

    /// <summary>The provider API key, sent as <c>Authorization: Bearer</c> to the base URL host only.</summary>
    public SeedanceApiKey? ApiKey { get; set; }

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
    /// (<see cref="SocketsHttpHandler"/>, no auto-redirect, automatic decompression). The pipeline owns and disposes it.
    /// </summary>
    public HttpMessageHandler? PrimaryHandler { get; set; }

    /// <summary>The clock for timeouts, backoff and <c>Retry-After</c> dates. Tests pass a fake.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Quirk mappers consulted, in order, before the status-based error mapping.</summary>
    public IList<ISeedanceErrorMapper> ErrorMappers { get; } = new List<ISeedanceErrorMapper>();
}
