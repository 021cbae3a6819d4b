using System.Text.Json.Serialization;

namespace Seedance.Contracts.Errors;

/// <summary>Which clock ran out.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SeedanceTimeoutKind>))]
public enum SeedanceTimeoutKind
{
    /// <summary>The per-call deadline (<see cref="SeedanceClientOptions.CallTimeout"/>), which covers every attempt and every wait between them.</summary>
    Call,

    /// <summary>One attempt took longer than <see cref="Http.RetryOptions.AttemptTimeout"/>.</summary>
    Attempt,

    /// <summary>The server answered HTTP 408 (it gave up waiting for the request).</summary>
    Server,

    /// <summary>A wait for a job ran past <see cref="WaitOptions.Deadline"/>; the job itself keeps running.</summary>
    WaitDeadline,
}

/// <summary>
/// The call ran out of time. Distinct from <see cref="OperationCanceledException"/>, which the SDK
/// throws only when the caller's own <see cref="CancellationToken"/> is cancelled.
/// </summary>
public class SeedanceTimeoutException : SeedanceException
{
    /// <summary>Creates the exception.</summary>
    public SeedanceTimeoutException(string message, SeedanceTimeoutKind kind, TimeSpan? timeout = null, SeedanceErrorContext? context = null, Exception? innerException = null)
        : base(message, context, innerException)
    {
        Kind = kind;
        Timeout = timeout;
    }

    /// <summary>Which clock ran out.</summary>
    public SeedanceTimeoutKind Kind { get; }

    /// <summary>The limit that was exceeded, when the SDK set it.</summary>
    public TimeSpan? Timeout { get; }

    /// <inheritdoc />
    public override SeedanceErrorCategory Category => SeedanceErrorCategory.Timeout;

    /// <inheritdoc />
    public override bool IsRetryable => true;
}
