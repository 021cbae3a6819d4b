using System.Text.Json.Serialization;

namespace Seedance.Emulator;

/// <summary>How an emulated job ends. Chosen per job by a prompt marker (<see cref="PromptMarkers"/>) or queued through <see cref="SeedanceEmulator.EnqueueOutcome"/> or the admin endpoint.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EmulatedOutcome>))]
public enum EmulatedOutcome
{
    /// <summary>The job renders and succeeds with a video URL.</summary>
    Succeed,

    /// <summary>The job fails with the provider's generic failure.</summary>
    Fail,

    /// <summary>The job fails with the provider's content-moderation rejection.</summary>
    Moderation,

    /// <summary>The job never finishes rendering and ends as the provider's expired (or timed-out) failure.</summary>
    Expire,

    /// <summary>The job succeeds, <see cref="SeedanceEmulatorOptions.SlowFactor"/> times later than normal.</summary>
    Slow,
}
