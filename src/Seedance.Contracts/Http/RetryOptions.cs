namespace Seedance.Contracts.Http;

/// <summary>
/// The retry policy. Defaults (documented in docs/reliability.md and pinned by tests): 3 retries,
/// exponential backoff from 0.5 s doubling to an 8 s cap, each delay multiplied by a random factor in
/// [0.75, 1]; <c>Retry-After</c> honoured up to 60 s, beyond which the call fails at once.
/// </summary>
public sealed class RetryOptions
{
    /// <summary>Retries after the first attempt. 0 turns retries off. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Delay before the first retry; doubled for each later one. Default 0.5 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Largest computed backoff delay (a <c>Retry-After</c> may ask for more, up to <see cref="RetryAfterCap"/>). Default 8 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// Each computed delay is multiplied by a random factor in [1 - JitterRatio, 1], so clients that
    /// failed together do not retry together. 0 makes delays exact. Default 0.25.
    /// </summary>
    public double JitterRatio { get; set; } = 0.25;

    /// <summary>
    /// Longest server-requested wait (<c>Retry-After</c> / <c>retry-after-ms</c>) the SDK will sit through.
    /// A longer one ends the call at once with the typed error (for 429, <see cref="Errors.SeedanceRateLimitException.RetryAfter"/>
    /// carries the value) instead of hanging. Default 60 s.
    /// </summary>
    public TimeSpan RetryAfterCap { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The statuses retried for idempotent requests when <see cref="IdempotentRetryStatuses"/> is not set: 408, 429, 500, 502, 503, 504.</summary>
    public static IReadOnlyList<int> DefaultIdempotentRetryStatuses { get; } = [408, 429, 500, 502, 503, 504];

    /// <summary>The statuses retried for create requests when <see cref="CreateRetryStatuses"/> is not set: 429 only.</summary>
    public static IReadOnlyList<int> DefaultCreateRetryStatuses { get; } = [429];

    /// <summary>
    /// Statuses retried for <see cref="RequestSafety.Idempotent"/> requests. Null (the default) means
    /// <see cref="DefaultIdempotentRetryStatuses"/>. A list set here, in code or from configuration
    /// (<c>Retry:IdempotentRetryStatuses:0</c> ...), replaces the defaults; it is never merged with them.
    /// </summary>
    public IList<int>? IdempotentRetryStatuses { get; set; }

    /// <summary>
    /// Statuses retried for <see cref="RequestSafety.Create"/> requests. Null (the default) means
    /// <see cref="DefaultCreateRetryStatuses"/>: a throttled request was refused before any work started,
    /// whereas after a 5xx or 408 the job may exist. A list set here replaces the defaults.
    /// </summary>
    public IList<int>? CreateRetryStatuses { get; set; }

    /// <summary>
    /// Optional limit on one attempt, measured until its response headers arrive (null = none, the
    /// default; the body is covered by the per-call timeout). An idempotent attempt that runs out is
    /// retried; a create attempt that runs out is not (the server may be working on it) and the call
    /// fails with <see cref="Errors.SeedanceTimeoutException"/>.
    /// </summary>
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary>
    /// Request bodies up to this size are buffered so they can be sent again; a larger body (or one of
    /// unknown length) is sent once, without retries. Default 64 MiB.
    /// </summary>
    public long MaxReplayableBodyBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>A policy that never retries.</summary>
    public static RetryOptions None => new() { MaxRetries = 0 };

    /// <summary>
    /// The backoff before retry number <paramref name="retry"/> (1-based):
    /// <c>min(BaseDelay * 2^(retry-1), MaxDelay) * (1 - JitterRatio * random)</c>.
    /// </summary>
    /// <param name="retry">1 for the first retry.</param>
    /// <param name="random">A value in [0, 1); 0 gives the undiminished delay.</param>
    public TimeSpan ComputeBackoff(int retry, double random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        var exponent = Math.Min(retry - 1, 30);
        var raw = BaseDelay.TotalMilliseconds * Math.Pow(2, exponent);
        var capped = Math.Min(raw, MaxDelay.TotalMilliseconds);
        var jitter = Math.Clamp(JitterRatio, 0, 1) * Math.Clamp(random, 0, 1);
        return TimeSpan.FromMilliseconds(Math.Max(0, capped * (1 - jitter)));
    }

    /// <summary>The statuses retried for a request of <paramref name="safety"/> (set or default).</summary>
    internal IEnumerable<int> RetryStatusesFor(RequestSafety safety) =>
        safety == RequestSafety.Idempotent
            ? (IEnumerable<int>?)IdempotentRetryStatuses ?? DefaultIdempotentRetryStatuses
            : (IEnumerable<int>?)CreateRetryStatuses ?? DefaultCreateRetryStatuses;

    /// <summary>Checks the values and copies them, so later changes to the options object do not reach a running pipeline.</summary>
    internal RetryOptions Snapshot()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxRetries, 10);
        ArgumentOutOfRangeException.ThrowIfLessThan(BaseDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryAfterCap, TimeSpan.Zero);
        if (JitterRatio is < 0 or > 1 || double.IsNaN(JitterRatio))
            throw new ArgumentOutOfRangeException(nameof(JitterRatio), JitterRatio, "JitterRatio must be between 0 and 1.");
        if (AttemptTimeout is { } attempt && attempt <= TimeSpan.Zero && attempt != Timeout.InfiniteTimeSpan)
            throw new ArgumentOutOfRangeException(nameof(AttemptTimeout), attempt, "AttemptTimeout must be positive.");
        return new RetryOptions
        {
            MaxRetries = MaxRetries,
            BaseDelay = BaseDelay,
            MaxDelay = MaxDelay,
            JitterRatio = JitterRatio,
            RetryAfterCap = RetryAfterCap,
            IdempotentRetryStatuses = [.. (IEnumerable<int>?)IdempotentRetryStatuses ?? DefaultIdempotentRetryStatuses],
            CreateRetryStatuses = [.. (IEnumerable<int>?)CreateRetryStatuses ?? DefaultCreateRetryStatuses],
            AttemptTimeout = AttemptTimeout == Timeout.InfiniteTimeSpan ? null : AttemptTimeout,
            MaxReplayableBodyBytes = MaxReplayableBodyBytes,
        };
    }
}
