using System.Diagnostics;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Hosting;
using Seedance.Contracts.Http;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Telemetry;
using Seedance.Contracts.Validation;
using Seedance.Generated.Runtime;

namespace Seedance.Contracts;

/// <summary>
/// Base of the four provider job clients and the one template they share. Submitting validates the
/// request once (capabilities, model rules, the prompt's inline flags), lets the provider's adapter
/// map it, runs the generated body's spec check, sends the create call as
/// <see cref="RequestSafety.Create"/> and checks the reply carries an id; reading a status checks the
/// id the caller passed, calls and maps; cancelling is refused before anything is sent where
/// <see cref="ProviderCapabilities.Cancel"/> is false. The client owns the provider's HTTP pipeline
/// and the key-less download client; dispose it to release its connections.
/// </summary>
public abstract class VideoJobClient : IVideoJobClient, IDisposable
{
    private readonly SeedancePipeline? _pipeline;
    private readonly VideoDownloader? _downloader;
    private readonly JobAdapter? _adapter;
    private readonly SeedanceCallbacks? _callbacks;
    private readonly TimeProvider _clock = TimeProvider.System;
    private bool _disposed;

    /// <summary>For mocking: a client with no pipeline. Every member is virtual.</summary>
    protected VideoJobClient()
    {
    }

    private protected VideoJobClient(string provider, SeedanceApiKey apiKey, VideoJobClientOptions options, Func<SeedancePipeline, JobAdapter> adapter, IEnumerable<ISeedanceErrorMapper>? quirkMappers = null)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        ArgumentNullException.ThrowIfNull(options);
        var pipelineOptions = options.ToPipelineOptions(apiKey, quirkMappers);
        _pipeline = SeedancePipeline.Create(pipelineOptions, provider);
        // A download transport from IHttpClientFactory already logs; one the SDK builds gets the same log line.
        var downloadLogging = options.DownloadHandlersInstalled ? null
            : new[] { new RedactingLoggingHandler(SeedancePipeline.HttpLogger(pipelineOptions.LoggerFactory), _pipeline.Redactor, pipelineOptions.TimeProvider) };
        _downloader = new VideoDownloader(provider, options.DownloadHandler, _pipeline.Redactor, downloadLogging);
        _adapter = adapter(_pipeline);
        _callbacks = options.Callbacks;
        _clock = pipelineOptions.TimeProvider;
    }

    /// <summary>The client's clock (<see cref="SeedanceClientOptions.TimeProvider"/>): downloads wait on it between resumes.</summary>
    internal TimeProvider Clock => _clock;

    /// <inheritdoc />
    public abstract string Provider { get; }

    /// <inheritdoc />
    public virtual ProviderCapabilities Capabilities => global::Seedance.Contracts.Capabilities.For(Provider);

    /// <inheritdoc />
    public abstract TimeSpan DefaultPollInterval { get; }

    private SeedancePipeline Pipeline
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _pipeline ?? throw new InvalidOperationException("This client was created for mocking and has no pipeline.");
        }
    }

    private JobAdapter Adapter
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _adapter ?? throw new InvalidOperationException("This client was created for mocking and has no provider adapter.");
        }
    }

    /// <inheritdoc />
    /// <exception cref="SeedanceValidationException">The request breaks a capability, a model rule or the spec; nothing was sent.</exception>
    public virtual async Task<VideoJob> SubmitAsync(VideoRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = SeedanceTelemetry.StartCall(SeedanceTelemetry.Submit, Provider);
        try
        {
            var job = await SubmitCoreAsync(request, activity, cancellationToken).ConfigureAwait(false);
            if (job.LastStatus is { } status) SeedanceTelemetry.Job(activity, status);
            return job;
        }
        catch (Exception failure)
        {
            SeedanceTelemetry.Fail(activity, failure);
            throw;
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The id is null, empty, whitespace or not shaped like a job id; nothing was sent.</exception>
    public virtual VideoJob GetJob(string jobId) => new(this, JobIdRule.Check(jobId, Provider));

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The id is null, empty, whitespace or not shaped like a job id; nothing was sent.</exception>
    /// <exception cref="SeedanceNotFoundException">The provider does not know the id.</exception>
    public virtual async Task<VideoJobStatus> GetStatusAsync(string jobId, CancellationToken cancellationToken = default)
    {
        JobIdRule.Check(jobId, Provider);
        var adapter = Adapter;
        using var activity = SeedanceTelemetry.StartCall(SeedanceTelemetry.GetStatus, Provider);
        activity?.SetTag(SeedanceTelemetry.JobIdTag, jobId);
        try
        {
            // Every status read is a read (AceData's is a POST), so the pipeline may retry it.
            var (reply, retryAfter, http) = await Pipeline.Call.InvokeAsync(RequestSafety.Idempotent, async (scope, ct) =>
            {
                var r = await adapter.GetStatusAsync(jobId, scope, ct).ConfigureAwait(false);
                return (r, scope.Capture.RetryAfter, scope.Capture);
            }, cancellationToken).ConfigureAwait(false);
            SeedanceTelemetry.HttpStatus(activity, http.StatusCode);
            var status = reply is null ? throw Unusable("an empty body to a status query") : Observed(reply.ToStatus(jobId, retryAfter), http.Headers);
            SeedanceTelemetry.Job(activity, status);
            return status;
        }
        catch (Exception failure)
        {
            SeedanceTelemetry.Fail(activity, failure);
            throw;
        }
    }

    /// <inheritdoc />
    /// <exception cref="SeedanceNotSupportedException"><see cref="ProviderCapabilities.Cancel"/> is false; nothing is sent.</exception>
    /// <exception cref="ArgumentException">The id is null, empty, whitespace or not shaped like a job id; nothing was sent.</exception>
    public virtual async Task<VideoJobStatus> CancelAsync(string jobId, CancellationToken cancellationToken = default)
    {
        if (!Capabilities.Cancel)
        {
            throw new SeedanceNotSupportedException(Provider, "cancel",
                "The provider documents no way to cancel a job; it keeps running (and is billed) until it ends. Stop waiting by cancelling the token passed to WaitForCompletionAsync.");
        }

        JobIdRule.Check(jobId, Provider);
        var adapter = Adapter;
        using var activity = SeedanceTelemetry.StartCall(SeedanceTelemetry.Cancel, Provider);
        activity?.SetTag(SeedanceTelemetry.JobIdTag, jobId);
        try
        {
            ResponseCaptureOption? capture = null;
            var reply = await Pipeline.Call.InvokeAsync(adapter.CancelSafety, (scope, ct) =>
            {
                capture = scope.Capture;
                return adapter.CancelAsync(jobId, scope, ct);
            }, cancellationToken).ConfigureAwait(false);
            SeedanceTelemetry.HttpStatus(activity, capture?.StatusCode);
            var status = reply is null ? throw Unusable("an empty body to a cancel call") : Observed(reply.ToStatus(jobId, null), capture?.Headers);
            SeedanceTelemetry.Job(activity, status);
            return status;
        }
        catch (Exception failure)
        {
            SeedanceTelemetry.Fail(activity, failure);
            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Uses a separate <see cref="HttpClient"/> without the API key (video URLs point at CDNs), reads the
    /// response as it arrives and copies it through one 64 KiB pooled buffer, resuming a dropped connection
    /// with range requests (docs/job-api.md, "Downloading"). Failures are typed
    /// (<see cref="SeedanceOutputExpiredException"/> for an expired or deleted URL, <see cref="SeedanceConnectionException"/>
    /// for a transfer that broke more often than it may be resumed); messages never show the URL's query
    /// string, which holds its signature.
    /// </remarks>
    public virtual async Task DownloadAsync(Uri videoUrl, Stream destination, CancellationToken cancellationToken = default) =>
        await VideoTransfer.CopyAsync(Provider, Downloader.OpenAsync, videoUrl!, destination, null, null, _clock, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public virtual Task<VideoDownload> OpenVideoAsync(Uri videoUrl, long offset = 0, string? ifRange = null, CancellationToken cancellationToken = default) =>
        Downloader.OpenAsync(videoUrl, offset, ifRange, cancellationToken);

    private VideoDownloader Downloader
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _downloader ?? throw new InvalidOperationException("This client was created for mocking and has no downloader.");
        }
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
    /// Seedance2.ink lists its models (a free read, in its adapter). The other providers have no free read,
    /// so the probe asks for the status of <see cref="ProbeJobId"/>: their not-found answer proves the host
    /// is reachable and the key valid, and costs nothing.
    /// </remarks>
    internal virtual async Task ProbeAsync(CancellationToken cancellationToken = default)
    {
        using var probe = SeedanceProbeScope.Enter();
        if (await Adapter.TryFreeReadAsync(Pipeline.Call, cancellationToken).ConfigureAwait(false)) return;
        try
        {
            await GetStatusAsync(ProbeJobId, cancellationToken).ConfigureAwait(false);
        }
        catch (SeedanceNotFoundException)
        {
            // The provider looked the id up under this key and found nothing: reachable and authenticated.
        }
    }

    /// <summary>Releases the pipeline and the download client.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the pipeline, the download client and what the provider adapter owns.</summary>
    /// <param name="disposing">False when called from a finalizer.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (_disposed) return;
        _disposed = true;
        if (!disposing) return;
        _adapter?.Dispose();
        _pipeline?.Dispose();
        _downloader?.Dispose();
    }

    private async Task<VideoJob> SubmitCoreAsync(VideoRequest request, Activity? activity, CancellationToken cancellationToken)
    {
        var adapter = Adapter;
        ValidatedRequest valid;
        CreateCall create;
        // The token goes in before validation, so the URL checked and sent is the one the endpoint will see.
        if (_callbacks is not null && request.CallbackUrl is { IsAbsoluteUri: true } callback) request = request with { CallbackUrl = _callbacks.Protect(callback) };
        try
        {
            valid = VideoRequestValidator.Normalize(Provider, request);
            create = await adapter.MapAsync(valid, cancellationToken).ConfigureAwait(false);
            EnsureSpecValid(create.CollectViolations);
        }
        catch (SeedanceValidationException)
        {
            SeedanceTelemetry.RecordRefused(Provider);
            throw;
        }

        // A catalog id by now (the validator refused any other), so it is a safe, low-cardinality tag.
        activity?.SetTag(SeedanceTelemetry.ModelTag, valid.Request.Model);
        JobReply? reply;
        ResponseCaptureOption? capture = null;
        try
        {
            reply = await Pipeline.Call.InvokeAsync(RequestSafety.Create, (scope, ct) =>
            {
                capture = scope.Capture;
                return create.SendAsync(scope, ct);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (SeedanceException failure) when (adapter.Recovers(failure))
        {
            // A recovered job (the Volc fallback) was counted by the client that accepted it.
            return await adapter.RecoverAsync(failure, valid, cancellationToken).ConfigureAwait(false);
        }

        SeedanceTelemetry.HttpStatus(activity, capture?.StatusCode);
        var id = reply?.Id;
        if (reply is null || string.IsNullOrWhiteSpace(id)) throw Unusable($"a reply without {adapter.IdName}");
        SeedanceTelemetry.RecordSubmitted(Provider, valid.Request.Model);
        return new VideoJob(this, id, Observed(reply.ToStatus(id, null), capture?.Headers));
    }

    /// <summary>
    /// A status as the caller sees it: the provider's failure text scrubbed of the key (a provider that echoes
    /// the request into its error message would otherwise put the key into a failed job's exception and
    /// logs), and the response's request id.
    /// </summary>
    private VideoJobStatus Observed(VideoJobStatus status, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers)
    {
        var redactor = Pipeline.Redactor;
        var error = status.Error is { } e
            ? new VideoJobError(e.Code is null ? null : redactor.Scrub(e.Code), e.Message is null ? null : redactor.Scrub(e.Message))
            : null;
        return status with
        {
            Error = error,
            RawStatus = status.RawStatus is null ? null : redactor.Scrub(status.RawStatus),
            RequestId = status.RequestId ?? RequestIds.FromHeaders(headers),
        };
    }

    /// <summary>Throws one <see cref="SeedanceValidationException"/> when the mapped body breaks the provider's spec.</summary>
    private void EnsureSpecValid(Action<ICollection<SpecViolation>> collect)
    {
        var violations = new List<SpecViolation>();
        collect(violations);
        if (violations.Count > 0) throw new SeedanceValidationException(violations.Select(ValidationProblem.From).ToArray(), Provider);
    }

    /// <summary>The exception for a 2xx reply the SDK cannot use (no job id, no body).</summary>
    private SeedanceResponseFormatException Unusable(string what) =>
        new($"{Provider} answered with {what}; the SDK cannot track the job. If a create call got this reply, check the provider's dashboard before sending it again.",
            new SeedanceErrorContext(Provider: Provider));
}
