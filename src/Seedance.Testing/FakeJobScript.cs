using Seedance.Contracts;

namespace Seedance.Testing;

/// <summary>
/// What one job of a <see cref="FakeVideoJobClient"/> goes through: the statuses its status reads return,
/// in order, and how it ends. The submit's reply shows the first step; each status read returns the next
/// step, starting with the first, and the last step repeats once reached. Immutable: every method returns
/// a new script, so one script can be shared by many jobs and many threads.
/// </summary>
/// <example>
/// <code>
/// fake.EnqueueJob(FakeJobScript.Create().Queued().Running(40).Failed("OutputVideoSensitiveContentDetected", "blocked"));
/// </code>
/// </example>
public sealed class FakeJobScript
{
    private readonly FakeJobStep[] _steps;

    private FakeJobScript(FakeJobStep[] steps, Exception? submitFailure, ReadOnlyMemory<byte>? video)
    {
        _steps = steps;
        SubmitFailure = submitFailure;
        Video = video;
    }

    /// <summary>An empty script; add steps with <see cref="Queued"/>, <see cref="Running"/> and an ending.</summary>
    public static FakeJobScript Create() => new([], null, null);

    /// <summary>Queued, then running at 50 %, then succeeded with a video: the default script.</summary>
    public static FakeJobScript Succeeds() => Create().Queued().Running(50).Succeeded();

    /// <summary>Queued, then running at 50 %, then failed with the provider's <paramref name="code"/> and <paramref name="message"/>.</summary>
    /// <param name="code">The provider's error code, or null.</param>
    /// <param name="message">The provider's error message, or null.</param>
    public static FakeJobScript Fails(string? code = "InternalServiceError", string? message = "The video could not be generated.") =>
        Create().Queued().Running(50).Failed(code, message);

    /// <summary>Queued, then expired (ran past its execution deadline) without running.</summary>
    public static FakeJobScript Expires() => Create().Queued().Expired();

    /// <summary>A submit that throws <paramref name="failure"/> (e.g. a rate limit from <see cref="SeedanceModelFactory"/>): no job is created.</summary>
    /// <param name="failure">The exception the submit throws.</param>
    public static FakeJobScript SubmitThrows(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new FakeJobScript([], failure, null);
    }

    /// <summary>The steps, in order.</summary>
    internal IReadOnlyList<FakeJobStep> Steps => _steps;

    /// <summary>What the submit throws, when set.</summary>
    internal Exception? SubmitFailure { get; }

    /// <summary>The video this job serves, when it differs from the client's.</summary>
    internal ReadOnlyMemory<byte>? Video { get; }

    /// <summary>Adds a queued status (the provider's word for it).</summary>
    public FakeJobScript Queued() => Then(VideoJobState.Queued);

    /// <summary>Adds a running status with <paramref name="progress"/> percent done (reported where the provider reports progress).</summary>
    /// <param name="progress">Percent done, 0..100, or null.</param>
    public FakeJobScript Running(int? progress = null)
    {
        if (progress is < 0 or > 100) throw new ArgumentOutOfRangeException(nameof(progress), progress, "Progress is a percentage, 0..100.");
        return Then(VideoJobState.Running, progress);
    }

    /// <summary>Ends with a video (progress 100 where the provider reports progress).</summary>
    public FakeJobScript Succeeded() => Then(VideoJobState.Succeeded, 100);

    /// <summary>Ends without a video, with the provider's <paramref name="code"/> and <paramref name="message"/>.</summary>
    /// <param name="code">The provider's error code, or null.</param>
    /// <param name="message">The provider's error message, or null.</param>
    public FakeJobScript Failed(string? code = null, string? message = null) =>
        Then(VideoJobState.Failed, error: code is null && message is null ? null : new VideoJobError(code, message));

    /// <summary>Ends as expired (Ark <c>expired</c>).</summary>
    public FakeJobScript Expired() => Then(VideoJobState.Expired);

    /// <summary>Ends as cancelled by the provider.</summary>
    public FakeJobScript Cancelled() => Then(VideoJobState.Cancelled);

    /// <summary>
    /// Adds any status. <paramref name="rawStatus"/> defaults to the provider's own word for
    /// <paramref name="state"/> (the one its spec lists first); pass one to test how an app treats a
    /// particular word, e.g. an undocumented one with <see cref="VideoJobState.Unknown"/>.
    /// </summary>
    /// <param name="state">The normalized state.</param>
    /// <param name="progress">Percent done, or null.</param>
    /// <param name="rawStatus">The provider's word, or null for its documented word for <paramref name="state"/>.</param>
    /// <param name="error">Why the job failed, for a failed step.</param>
    public FakeJobScript Then(VideoJobState state, int? progress = null, string? rawStatus = null, VideoJobError? error = null) =>
        Append(new FakeJobStep(state, progress, rawStatus, error, null));

    /// <summary>Adds a status read that throws <paramref name="failure"/> (e.g. a transient server error); the next read goes on with the script.</summary>
    /// <param name="failure">The exception the read throws.</param>
    public FakeJobScript ThenThrows(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return Append(new FakeJobStep(VideoJobState.Unknown, null, null, null, failure));
    }

    /// <summary>Serves <paramref name="video"/> for this job's downloads instead of the client's video.</summary>
    /// <param name="video">The bytes a download of this job's video returns.</param>
    public FakeJobScript WithVideo(ReadOnlyMemory<byte> video) => new(_steps, SubmitFailure, video);

    /// <inheritdoc />
    public override string ToString() =>
        SubmitFailure is not null ? $"submit throws {SubmitFailure.GetType().Name}"
            : string.Join(" -> ", _steps.Select(s => s.Throws is null ? s.State.ToString() : "throws " + s.Throws.GetType().Name));

    private FakeJobScript Append(FakeJobStep step)
    {
        if (SubmitFailure is not null) throw new InvalidOperationException("A script whose submit throws creates no job, so it has no statuses.");
        if (_steps.Length > 0 && _steps[^1].Throws is null && _steps[^1].State.IsTerminal())
            throw new InvalidOperationException($"The script already ends ({_steps[^1].State}); a job never leaves a terminal state.");
        return new FakeJobScript([.. _steps, step], null, Video);
    }
}

/// <summary>One status of a script, or a read that throws.</summary>
internal sealed record FakeJobStep(VideoJobState State, int? Progress, string? RawStatus, VideoJobError? Error, Exception? Throws);
