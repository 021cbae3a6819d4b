namespace Seedance.Contracts;

/// <summary>Settings of <see cref="SeedanceCallbacks"/>.</summary>
public sealed record SeedanceCallbackOptions
{
    /// <summary>
    /// The app's secret for callback tokens: at least 32 bytes, kept like an API key (configuration or a secret
    /// store, never in code). Rotating it invalidates the tokens of jobs still running.
    /// </summary>
    public required byte[] Secret { get; init; }

    /// <summary>The largest callback body read; a longer one is refused. Default 1 MiB, far above any documented body.</summary>
    public int MaxBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>How many recent deliveries are remembered to recognize a repeated one. Default 10,000.</summary>
    public int DeduplicationCapacity { get; init; } = 10_000;
}
