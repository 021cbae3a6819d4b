using System.Globalization;
using System.Net;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Validation;

namespace Seedance.Testing;

/// <summary>
/// An in-memory <see cref="IVideoJobClient"/> for fast tests of app logic: no HTTP, no clock, no key. Each
/// submitted job follows a <see cref="FakeJobScript"/> (enqueued with <see cref="EnqueueJob"/>, else
/// <see cref="FakeVideoJobClientOptions.DefaultScript"/>), statuses use the provider's own words, every call
/// that would reach the provider is recorded in <see cref="Calls"/>, and a succeeded job's video URL serves
/// <see cref="FakeVideoJobClientOptions.Video"/>. Requests pass the SDK's real validation first, and the
/// jobs are real <see cref="VideoJob"/> handles, so <see cref="VideoJob.WatchAsync(CancellationToken)"/>,
/// <see cref="VideoJob.WaitForCompletionAsync"/> and <see cref="VideoJob.DownloadToFileAsync(string, CancellationToken)"/>
/// run unchanged (and, with the default options, without pausing). Thread-safe.
/// </summary>
/// <example>
/// <code>
/// var fake = new FakeVideoJobClient(ProviderId.Seedance2Ink);
/// fake.EnqueueJob(FakeJobScript.Fails("content_policy", "The prompt was rejected."));
/// await myService.RenderAsync("A red fox", cancellationToken);   // takes an IVideoJobClient
/// Assert.Single(fake.Submissions);
/// </code>
/// </example>
public sealed class FakeVideoJobClient : IVideoJobClient
{
    /// <summary>The host of the video URLs the fake hands out; it never resolves (RFC 6761's <c>.invalid</c>).</summary>
    public const string VideoHost = "videos.seedance-fake.invalid";

    private readonly object _gate = new();
    private readonly Queue<FakeJobScript> _scripts = new();
    private readonly Dictionary<string, FakeJob> _jobs = new(StringComparer.Ordinal);
    private readonly Dictionary<Uri, FakeJob> _videos = [];
    private readonly List<FakeVideoJobCall> _calls = [];
    private readonly bool _validate;
    private readonly ReadOnlyMemory<byte> _video;
    private readonly FakeJobScript _defaultScript;
    private readonly IReadOnlyDictionary<VideoJobState, string> _words;
    private int _nextId;

    /// <summary>Creates a fake of one provider.</summary>
    /// <param name="provider">A provider id (<see cref="ProviderId"/>); it decides the capabilities, the validation rules and the status words.</param>
    /// <param name="options">Timing, validation, video and default script; null uses the defaults.</param>
    /// <exception cref="ArgumentException"><paramref name="provider"/> is not a provider id.</exception>
    public FakeVideoJobClient(string provider = ProviderId.Seedance2Ink, FakeVideoJobClientOptions? options = null)
    {
        if (!ProviderId.IsKnown(provider))
            throw new ArgumentException($"Unknown provider '{provider}'. Known providers: {string.Join(", ", ProviderId.All)}.", nameof(provider));
        // Read once: changing the options object later does not change a client already made.
        options ??= new FakeVideoJobClientOptions();
        ArgumentNullException.ThrowIfNull(options.TimeProvider, "options.TimeProvider");
        ArgumentNullException.ThrowIfNull(options.DefaultScript, "options.DefaultScript");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PollInterval, TimeSpan.Zero, "options.PollInterval");
        CheckPlayable(options.DefaultScript);
        _validate = options.ValidateRequests;
        _video = options.Video;
        _defaultScript = options.DefaultScript;
        DefaultPollInterval = options.PollInterval;
        Provider = provider;
        Capabilities = global::Seedance.Contracts.Capabilities.For(provider);
        _words = ProviderWords.For(provider);
        DefaultWaitOptions = new WaitOptions
        {
            PollInterval = options.PollInterval,
            MinPollInterval = options.PollInterval,
            MaxPollInterval = options.PollInterval > TimeSpan.FromSeconds(60) ? options.PollInterval : TimeSpan.FromSeconds(60),
            TimeProvider = options.TimeProvider,
        };
    }

    /// <inheritdoc />
    public string Provider { get; }

    /// <inheritdoc />
    /// <remarks>The real provider's capabilities (<see cref="Contracts.Capabilities.For"/>).</remarks>
    public ProviderCapabilities Capabilities { get; }

    /// <inheritdoc />
    public TimeSpan DefaultPollInterval { get; }

    /// <summary>
    /// What a wait uses when given no <see cref="WaitOptions"/>: the fake's poll interval as interval and floor
    /// (the SDK's usual floor is 1 s) and its clock. Start from it to add a deadline without slowing the wait:
    /// <c>fake.DefaultWaitOptions with { Deadline = TimeSpan.FromMinutes(5) }</c>.
    /// </summary>
    public WaitOptions DefaultWaitOptions { get; }

    /// <summary>Every recorded call, in order (a copy).</summary>
    public IReadOnlyList<FakeVideoJobCall> Calls
    {
        get
        {
            lock (_gate) return _calls.ToArray();
        }
    }

    /// <summary>The requests of the recorded submits, in order (a copy).</summary>
    public IReadOnlyList<VideoRequest> Submissions
    {
        get
        {
            lock (_gate) return _calls.Where(c => c.Kind == FakeVideoJobCallKind.Submit).Select(c => c.Request!).ToArray();
        }
    }

    /// <summary>The recorded calls of one kind, in order (a copy).</summary>
    /// <param name="kind">Which calls.</param>
    public IReadOnlyList<FakeVideoJobCall> CallsOf(FakeVideoJobCallKind kind)
    {
        lock (_gate) return _calls.Where(c => c.Kind == kind).ToArray();
    }

    /// <summary>The next submit follows <paramref name="script"/> (first in, first out); submits with none queued follow the default script.</summary>
    /// <param name="script">What the job goes through.</param>
    /// <returns>This client, to enqueue several in a row.</returns>
    /// <exception cref="ArgumentException">The script has no status and its submit does not throw.</exception>
    public FakeVideoJobClient EnqueueJob(FakeJobScript script)
    {
        CheckPlayable(script);
        lock (_gate) _scripts.Enqueue(script);
        return this;
    }

    /// <summary>Adds a job as if it had been submitted earlier (no call is recorded), e.g. to test resuming from a saved id with <see cref="GetJob"/>.</summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="script">What its status reads return; null uses the default script.</param>
    /// <exception cref="ArgumentException">The id is taken, not a plausible job id, or the script has no status.</exception>
    public void AddJob(string jobId, FakeJobScript? script = null)
    {
        JobIdRule.Check(jobId, Provider);
        script ??= _defaultScript;
        CheckPlayable(script);
        if (script.SubmitFailure is not null) throw new ArgumentException("A script whose submit throws creates no job.", nameof(script));
        lock (_gate)
        {
            if (_jobs.ContainsKey(jobId)) throw new ArgumentException($"A job with id '{jobId}' exists already.", nameof(jobId));
            _jobs.Add(jobId, NewJob(jobId, script));
        }
    }

    /// <summary>
    /// Makes every video URL handed out so far be refused (<see cref="SeedanceOutputExpiredException"/>), as a
    /// signed URL is once it expires; the next status read of a succeeded job shows a freshly signed one. Use it
    /// to test code that downloads late: <see cref="VideoJob.DownloadToFileAsync(string, CancellationToken)"/>
    /// reads the status once for a fresh URL by itself.
    /// </summary>
    public void ExpireVideoUrls()
    {
        lock (_gate)
        {
            foreach (var job in _jobs.Values) job.ExpireVideoUrl();
        }
    }

    /// <inheritdoc />
    /// <exception cref="SeedanceValidationException">The request breaks a rule (when <see cref="FakeVideoJobClientOptions.ValidateRequests"/> is on); nothing is recorded.</exception>
    public Task<VideoJob> SubmitAsync(VideoRequest request, CancellationToken cancellationToken = default) => Completed(() =>
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        if (_validate) VideoRequestValidator.EnsureValid(Provider, request);
        lock (_gate)
        {
            var script = _scripts.Count > 0 ? _scripts.Dequeue() : _defaultScript;
            if (script.SubmitFailure is { } failure)
            {
                _calls.Add(new FakeVideoJobCall(FakeVideoJobCallKind.Submit, null, request));
                throw failure;
            }

            var id = string.Create(CultureInfo.InvariantCulture, $"fake-{Provider}-{++_nextId:D4}");
            var job = NewJob(id, script);
            _jobs.Add(id, job);
            _calls.Add(new FakeVideoJobCall(FakeVideoJobCallKind.Submit, id, request));
            return (VideoJob)new FakeVideoJob(this, id, job.SubmitReply(this));
        }
    });

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The id is not a plausible job id (the real clients' rule).</exception>
    public VideoJob GetJob(string jobId) => new FakeVideoJob(this, JobIdRule.Check(jobId, Provider), null);

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The id is not a plausible job id (the real clients' rule); nothing is recorded.</exception>
    /// <exception cref="SeedanceNotFoundException">The fake has no job with that id.</exception>
    public Task<VideoJobStatus> GetStatusAsync(string jobId, CancellationToken cancellationToken = default) => Completed(() =>
    {
        JobIdRule.Check(jobId, Provider);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _calls.Add(new FakeVideoJobCall(FakeVideoJobCallKind.GetStatus, jobId));
            if (!_jobs.TryGetValue(jobId, out var job)) throw NotFound(jobId);
            var step = job.Read();
            return step.Throws is { } failure ? throw failure : job.Status(step, this);
        }
    });

    /// <inheritdoc />
    /// <remarks>A job that has not ended ends cancelled (its script stops there); one that has ended is returned as it is.</remarks>
    /// <exception cref="SeedanceNotSupportedException">The provider cannot cancel (<see cref="ProviderCapabilities.Cancel"/>); nothing is recorded.</exception>
    /// <exception cref="SeedanceNotFoundException">The fake has no job with that id.</exception>
    public Task<VideoJobStatus> CancelAsync(string jobId, CancellationToken cancellationToken = default) => Completed(() =>
    {
        if (!Capabilities.Cancel)
        {
            // The real clients' words, so an app's message or log line is tested as it will read.
            throw new SeedanceNotSupportedException(Provider, "cancel",
                "The provider documents no way to cancel a job; it keeps running (and is billed) until it ends. Stop waiting by cancelling the token passed to WaitForCompletionAsync.");
        }

        JobIdRule.Check(jobId, Provider);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _calls.Add(new FakeVideoJobCall(FakeVideoJobCallKind.Cancel, jobId));
            if (!_jobs.TryGetValue(jobId, out var job)) throw NotFound(jobId);
            job.Cancel();
            return job.Status(job.Current, this);
        }
    });

    /// <inheritdoc />
    /// <exception cref="SeedanceOutputExpiredException">The URL is not one of a succeeded job of this fake.</exception>
    public async Task DownloadAsync(Uri videoUrl, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(videoUrl);
        ArgumentNullException.ThrowIfNull(destination);
        var video = Serve(FakeVideoJobCallKind.Download, videoUrl, 0);
        await destination.WriteAsync(video, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="SeedanceOutputExpiredException">The URL is not one of a succeeded job of this fake.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative or past the end of the video.</exception>
    public Task<VideoDownload> OpenVideoAsync(Uri videoUrl, long offset = 0, string? ifRange = null, CancellationToken cancellationToken = default) => Completed(() =>
    {
        ArgumentNullException.ThrowIfNull(videoUrl);
        cancellationToken.ThrowIfCancellationRequested();
        var video = Serve(FakeVideoJobCallKind.OpenVideo, videoUrl, offset);
        if (offset > video.Length)
            throw new ArgumentOutOfRangeException(nameof(offset), offset, $"The video is {video.Length} bytes long.");
        var rest = video[(int)offset..];
        // A read-only stream over the bytes: the caller cannot change the video other jobs serve.
        var stream = new MemoryStream(rest.ToArray(), writable: false);
        return new VideoDownload(stream, "video/mp4", rest.Length, offset, video.Length, Validator(videoUrl));
    });

    /// <summary>The video URL of a job, without its signature.</summary>
    internal Uri VideoUrlOf(string jobId) => new($"https://{VideoHost}/{Provider}/{Uri.EscapeDataString(jobId)}.mp4");

    /// <summary>The provider's word for <paramref name="state"/>.</summary>
    internal string? WordFor(VideoJobState state) => _words.TryGetValue(state, out var word) ? word : null;

    /// <summary>
    /// The body's result as a completed task, or its exception as a faulted (or cancelled) one: the real
    /// clients are async methods, so even an argument or validation error arrives through the task.
    /// </summary>
    private static Task<T> Completed<T>(Func<T> body)
    {
        try
        {
            return Task.FromResult(body());
        }
        catch (OperationCanceledException cancelled) when (cancelled.CancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancelled.CancellationToken);
        }
        catch (Exception failure)
        {
            return Task.FromException<T>(failure);
        }
    }

    private FakeJob NewJob(string id, FakeJobScript script)
    {
        var job = new FakeJob(id, script, script.Video ?? _video, VideoUrlOf(id));
        _videos[job.VideoPath] = job;
        return job;
    }

    private ReadOnlyMemory<byte> Serve(FakeVideoJobCallKind kind, Uri videoUrl, long offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        lock (_gate)
        {
            _videos.TryGetValue(new Uri(videoUrl.GetLeftPart(UriPartial.Path)), out var job);
            _calls.Add(new FakeVideoJobCall(kind, job?.Id, VideoUrl: videoUrl, Offset: offset));
            // The URL is known only from a succeeded status, as with a real provider, and only its latest signature works.
            if (job is { HasSucceeded: true } && job.VideoUrl == videoUrl) return job.Video;
        }

        // Like a CDN refusing an expired or foreign signed URL (403/404): the SDK's own type for it.
        throw new SeedanceOutputExpiredException(
            $"{Provider}: the video URL {videoUrl.GetLeftPart(UriPartial.Path)} was refused (404): not a video of a succeeded job of this fake.",
            new SeedanceErrorContext(Provider: Provider, StatusCode: HttpStatusCode.NotFound));
    }

    private SeedanceNotFoundException NotFound(string jobId) =>
        new($"{Provider} answered 404: no job '{jobId}' (the fake knows the jobs submitted to it and those added with AddJob).",
            new SeedanceErrorContext(Provider: Provider, StatusCode: HttpStatusCode.NotFound, ProviderMessage: $"no job '{jobId}'"));

    // Stable across signatures: a resumed download of the same video may use a freshly signed URL.
    private static string Validator(Uri videoUrl) => $"\"{videoUrl.AbsolutePath.GetHashCode(StringComparison.Ordinal):x8}\"";

    private static void CheckPlayable(FakeJobScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        if (script.SubmitFailure is null && script.Steps.Count == 0)
            throw new ArgumentException("The script has no status: add at least one step (e.g. FakeJobScript.Create().Queued().Succeeded()).", nameof(script));
    }
}
