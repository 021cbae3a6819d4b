namespace Seedance.Emulator;

/// <summary>What the emulator knows about one job, for tests and benchmarks.</summary>
/// <param name="Provider">The provider id.</param>
/// <param name="Id">The job id the provider returned.</param>
/// <param name="Model">The model id as sent.</param>
/// <param name="Outcome">How the job ends.</param>
/// <param name="Phase">Queued, Running, Succeeded, Failed, Cancelled or Expired, now.</param>
/// <param name="SubmittedAt">When the create request arrived.</param>
/// <param name="CompletedAt">When the job became terminal, once it is.</param>
/// <param name="Polls">Status reads of this job.</param>
/// <param name="PollsAfterTerminal">Status reads after the first one that returned the terminal status (a well-behaved client makes none).</param>
/// <param name="CallbackUrl">The callback URL the request carried.</param>
public sealed record EmulatedJobSnapshot(
    string Provider,
    string Id,
    string Model,
    EmulatedOutcome Outcome,
    string Phase,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? CompletedAt,
    int Polls,
    int PollsAfterTerminal,
    Uri? CallbackUrl);
