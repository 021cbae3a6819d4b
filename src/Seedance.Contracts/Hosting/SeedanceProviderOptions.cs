using System.Diagnostics;
using Seedance.Contracts.Http;

namespace Seedance.Contracts;

/// <summary>
/// One provider's settings, as bound from <c>Seedance:Providers:&lt;provider id&gt;</c> or set in code.
/// The key is a plain string here so that configuration can carry it; it is never shown by
/// <see cref="ToString"/>, the debugger or any validation message.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SeedanceProviderOptions
{
    /// <summary>The provider's API key. Required.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Overrides the provider's base URL (a proxy, a staging host, the emulator). Null uses the spec's server.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// Deadline for one API call, covering every attempt, every wait between attempts and reading the body.
    /// Default 100 s; <see cref="Timeout.InfiniteTimeSpan"/> (<c>-00:00:00.001</c>) turns it off.
    /// </summary>
    public TimeSpan CallTimeout { get; set; } = SeedanceClientOptions.DefaultCallTimeout;

    /// <summary>The retry policy. Status lists set here replace the defaults.</summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>
    /// <c>cometapi-volc</c> only: when the Volc route fails a create with its known JSON parse error, send the
    /// same request through CometAPI's <c>/v1/videos</c> route instead (see docs/quirks.md). Off by default.
    /// </summary>
    public bool FallbackToVideosRoute { get; set; }

    /// <summary>
    /// <c>acedata-seedance</c> only: the create call waits until the video is ready (one to two minutes)
    /// instead of returning a queued job; raise <see cref="CallTimeout"/> to match. Off by default.
    /// </summary>
    public bool Blocking { get; set; }

    /// <summary>The settings without the key (only whether one is set).</summary>
    public override string ToString() =>
        $"SeedanceProviderOptions(ApiKey: {(string.IsNullOrEmpty(ApiKey) ? "missing" : "set")}, BaseUrl: {(BaseUrl is null ? "default" : Redactor.Default.RedactUrl(BaseUrl))}, CallTimeout: {CallTimeout})";
}
