using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Hosting;
using Seedance.Contracts.Http;
using Seedance.Contracts.Requests;
using Seedance.Generated.Runtime;

namespace Seedance.Contracts.Jobs;

/// <summary>
/// Base of the four provider job clients: owns the provider's HTTP pipeline and the key-less
/// download client, rebuilds handles from saved ids, and refuses what the provider cannot do.
/// Derived classes map <see cref="VideoRequest"/> onto the generated client and the provider's task
/// object back onto <see cref="VideoJobStatus"/>. Dispose it to release its connections.
/// </summary>
public abstract class VideoJobClient : IVideoJobClient, IDisposable
{
    private readonly SeedancePipeline? _pipeline;
    private readonly VideoDownloader? _downloader;
    private bool _disposed;

    /// <summary>For mocking: a client with no pipeline. Every member is virtual.</summary>
    protected VideoJobClient()
    {
    }

    private protected VideoJobClient(string provider, SeedanceApiKey apiKey, VideoJobClientOptions options, IEnumerable<ISeedanceErrorMapper>? quirkMappers = null)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        ArgumentNullException.ThrowIfNull(options);
        var pipelineOptions = options.ToPipelineOptions(apiKey, quirkMappers);
        _pipeline = SeedancePipeline.Create(pipelineOptions, provider);
        // A download transport from IHttpClientFactory already logs; one the SDK builds gets the same log line.
        var downloadLogging = options.DownloadHandlersInstalled ? null
            : new[] { new RedactingLoggingHandler(SeedancePipeline.HttpLogger(pipelineOptions.LoggerFactory), _pipeline.Redactor, pipelineOptions.TimeProvider) };
        _downloader = new VideoDownloader(provider, options.DownloadHandler, _pipeline.Redactor, downloadLogging);
    }

    /// <inheritdoc />
    public abstract string Provider { get; }

    /// <inheritdoc />
    public virtual ProviderCapabilities Capabilities => Requests.Capabilities.For(Provider);

    /// <inheritdoc />
    public abstract TimeSpan DefaultPollInterval { get; }

    /// <summary>The provider pipeline (adapter and call wrapper).</summary>
    private protected SeedancePipeline Pipeline
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _pipeline ?? throw new InvalidOperationException("This client was created for mocking and has no pipeline.");
        }
    }

    /// <inheritdoc />
    public abstract Task<VideoJob> SubmitAsync(VideoRequest request, CancellationToken cancellationToken = default);

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The id is null, empty, whitespace or breaks <see cref="JobIdRule"/>.</exception>
    public virtual VideoJob GetJob(string jobId) => new(this, JobIdRule.Check(jobId, Provider));

    /// <inheritdoc />
    public abstract Task<VideoJobStatus> GetStatusAsync(string jobId, CancellationToken cancellationToken = default);

    /// <inheritdoc />
    /// <exception cref="SeedanceNotSupportedException">The provider has no cancel endpoint (the default); nothing is sent.</exception>
    public virtual Task<VideoJobStatus> CancelAsync(string jobId, CancellationToken cancellationToken = default) =>
        Task.FromException<VideoJobStatus>(new SeedanceNotSupportedException(Provider, "cancel",
            "The provider documents no way to cancel a job; it keeps running (and is billed) until it ends. Stop waiting by cancelling the token passed to WaitForCompletionAsync."));

    /// <inheritdoc />
    /// <remarks>
    /// Uses a separate <see cref="HttpClient"/> without the API key (video URLs point at CDNs), reads the
    /// response as it arrives and copies it through one 64 KiB pooled buffer. Failures are typed
    /// (<see cref="SeedanceNotFoundException"/> for an expired or deleted URL, <see cref="SeedanceConnectionException"/>
    /// for a broken transfer); messages never show the URL's query string, which holds its signature.
    /// </remarks>
    public virtual async Task DownloadAsync(Uri videoUrl, Stream destination, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var downloader = _downloader ?? throw new InvalidOperationException("This client was created for mocking and has no downloader.");
        await downloader.DownloadAsync(videoUrl, destination, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The id a health probe asks about: well formed, so the provider looks it up, and never one it issued.</summary>
    internal const string ProbeJobId = "seedance-health-probe";

    /// <summary>
    /// The cheapest authenticated read the provider offers, for health checks: returns when the provider
    /// was reached and accepted the key; throws the call's <see cref="SeedanceException"/> otherwise
    /// (<see cref="SeedanceAuthenticationException"/> for a refused key). Sends run inside
    /// <see cref="SeedanceProbeScope"/>, so an expected error answer is logged at Debug.
    /// </summary>
    /// <remarks>
    /// Seedance2.ink lists its models (a free read). The other providers have no free read, so the probe
    /// asks for the status of <see cref="ProbeJobId"/>: their not-found answer proves the host is reachable
    /// and the key valid, and costs nothing. Seedance2.ink's probe sits here rather than in an override
    /// because its client class lives with the provider mappings; it is a switch on one provider id.
    /// </remarks>
    internal virtual async Task ProbeAsync(CancellationToken cancellationToken = default)
    {
        using var probe = SeedanceProbeScope.Enter();
        if (Provider == ProviderId.Seedance2Ink)
        {
            await ListSeedance2InkModelsAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        try
        {
            await GetStatusAsync(ProbeJobId, cancellationToken).ConfigureAwait(false);
        }
        catch (SeedanceNotFoundException)
        {
            // The provider looked the id up under this key and found nothing: reachable and authenticated.
        }
    }

    private Task ListSeedance2InkModelsAsync(CancellationToken cancellationToken)
    {
        var client = new Generated.Seedance2Ink.Seedance2InkClient(Pipeline.RequestAdapter);
        return Pipeline.Call.InvokeAsync((scope, ct) => client.Api.Open.V1.Models.GetAsync(scope.Apply, ct), cancellationToken);
    }

    /// <summary>Releases the pipeline and the download client.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the pipeline and the download client.</summary>
    /// <param name="disposing">False when called from a finalizer.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (_disposed) return;
        _disposed = true;
        if (!disposing) return;
        _pipeline?.Dispose();
        _downloader?.Dispose();
    }

    /// <summary>Throws one <see cref="SeedanceValidationException"/> when the mapped body breaks the provider's spec.</summary>
    private protected void EnsureSpecValid(Action<ICollection<SpecViolation>> collect)
    {
        var violations = new List<SpecViolation>();
        collect(violations);
        if (violations.Count > 0) throw new SeedanceValidationException(violations, Provider);
    }

    /// <summary>The exception for a 2xx reply the SDK cannot use (no job id, no body).</summary>
    private protected SeedanceResponseFormatException Unusable(string what) =>
        new($"{Provider} answered with {what}; the SDK cannot track the job. If a create call got this reply, check the provider's dashboard before sending it again.",
            new SeedanceErrorContext(Provider: Provider));
}
