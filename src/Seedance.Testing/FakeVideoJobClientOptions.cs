using Seedance.Contracts;
using Seedance.Emulator;

namespace Seedance.Testing;

/// <summary>How a <see cref="FakeVideoJobClient"/> behaves, read once when it is made; the defaults make every wait instant.</summary>
public sealed class FakeVideoJobClientOptions
{
    /// <summary>
    /// The client's <see cref="IVideoJobClient.DefaultPollInterval"/>, and the poll interval and floor of a wait
    /// given no <see cref="WaitOptions"/> (<see cref="FakeVideoJobClient.DefaultWaitOptions"/>). Zero (the
    /// default) polls without pausing, so a scripted job is waited for at once.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.Zero;

    /// <summary>The clock of a wait given no <see cref="WaitOptions"/>; pass a fake one to step through a non-zero <see cref="PollInterval"/> or a deadline.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Run the SDK's pre-send validation on every submit (the default), so an invalid request throws the
    /// same <see cref="Contracts.Errors.SeedanceValidationException"/> as the real client; false accepts any request.
    /// </summary>
    public bool ValidateRequests { get; set; } = true;

    /// <summary>The bytes every succeeded job's video holds unless its script says otherwise; by default the emulator's playable MP4 (<see cref="SampleVideo.Content"/>).</summary>
    public ReadOnlyMemory<byte> Video { get; set; } = SampleVideo.Content;

    /// <summary>What a job submitted without an enqueued script goes through; <see cref="FakeJobScript.Succeeds"/> by default.</summary>
    public FakeJobScript DefaultScript { get; set; } = FakeJobScript.Succeeds();
}
