namespace Seedance.Contracts;

/// <summary>How <see cref="VideoJob.WaitForCompletionAsync"/> polls.</summary>
public sealed record WaitOptions
{
    /// <summary>Give up waiting after this long (the job keeps running). Null waits until the token is cancelled.</summary>
    public TimeSpan? Deadline { get; init; }

    /// <summary>The interval between polls when the server gives no Retry-After; null uses the provider's documented cadence.</summary>
    public TimeSpan? PollInterval { get; init; }

    /// <summary>Never poll faster than this, whatever the server or the options say.</summary>
    public TimeSpan MinPollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Never wait longer than this between polls, whatever the server says.</summary>
    public TimeSpan MaxPollInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Throw <see cref="Errors.SeedanceJobFailedException"/> when the job ends failed, cancelled or expired (default); otherwise return the final status.</summary>
    public bool ThrowOnFailure { get; init; } = true;

    /// <summary>The clock used for delays and the deadline; tests pass a manual one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
