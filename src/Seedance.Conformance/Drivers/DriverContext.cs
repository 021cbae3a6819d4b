using Microsoft.Extensions.Logging;
using Seedance.Contracts;
using Seedance.Contracts.Http;

namespace Seedance.Conformance.Drivers;

/// <summary>Everything a driver needs for one scenario run: where to send, which key, and the recorder to send through.</summary>
internal sealed class DriverContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="provider">The provider id.</param>
    /// <param name="baseUrl">The provider's base URL for this run (replay host, WireMock, Prism or the real API).</param>
    /// <param name="apiKey">The key to send, or null for none.</param>
    /// <param name="live">True against the real API: shape and codes are checked, not recorded values.</param>
    public DriverContext(string provider, Uri baseUrl, SeedanceApiKey? apiKey, bool live)
    {
        Provider = provider;
        BaseUrl = baseUrl;
        ApiKey = apiKey;
        IsLive = live;
        Recorder = new ExchangeRecorder(new SocketsHttpHandler { AllowAutoRedirect = false });
    }

    /// <summary>The provider id.</summary>
    public string Provider { get; }

    /// <summary>The base URL requests go to.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The key sent, or null.</summary>
    public SeedanceApiKey? ApiKey { get; }

    /// <summary>True against the real API.</summary>
    public bool IsLive { get; }

    /// <summary>Every exchange of this run.</summary>
    public ExchangeRecorder Recorder { get; }

    /// <summary>Where the pipeline logs (<c>ConformanceHooks.LoggerFactory</c>); null logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>Sees every exception a driver caught before it is checked (<c>ConformanceHooks.ExceptionObserved</c>).</summary>
    public Action<Exception>? ExceptionObserved { get; init; }

    /// <summary>How long to wait between polls: the provider's cadence live, none worth mentioning in replay.</summary>
    public TimeSpan? PollInterval => IsLive ? null : TimeSpan.FromMilliseconds(1);

    /// <summary>
    /// The client options of this run. Retries are off: the suite checks what one response turns into,
    /// and the journal check counts requests. The pipeline owns (and disposes) the recorder.
    /// </summary>
    public SeedanceClientOptions CreateOptions() => new()
    {
        ApiKey = ApiKey,
        BaseUrl = BaseUrl,
        Retry = new RetryOptions { MaxRetries = 0 },
        CallTimeout = TimeSpan.FromSeconds(IsLive ? 120 : 30),
        PrimaryHandler = Recorder,
        LoggerFactory = LoggerFactory,
    };

    /// <summary>The Contracts pipeline for this run.</summary>
    public SeedancePipeline CreatePipeline() => SeedancePipeline.Create(CreateOptions(), Provider);
}
