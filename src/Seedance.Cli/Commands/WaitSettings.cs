using System.CommandLine;
using Seedance.Contracts;

namespace Seedance.Cli.Commands;

/// <summary>How long to wait and how often to poll (<c>--timeout</c>, <c>--poll-interval</c>).</summary>
internal sealed record WaitSettings(TimeSpan? Timeout, TimeSpan? PollInterval)
{
    /// <summary>The SDK's wait options. A poll interval below the SDK's 1 s floor lowers the floor with it (the emulator's jobs take seconds).</summary>
    public WaitOptions ToWaitOptions() => new()
    {
        Deadline = Timeout,
        PollInterval = PollInterval,
        MinPollInterval = PollInterval is { } p && p < TimeSpan.FromSeconds(1) ? p : TimeSpan.FromSeconds(1),
        ThrowOnFailure = false,
    };

    /// <summary>The two options.</summary>
    public sealed class Options
    {
        public Option<double?> Timeout { get; } = new("--timeout")
        {
            Description = "stop waiting after this many seconds (exit 6; the job keeps running)", HelpName = "SECONDS",
            Validators = { r => { if (r.GetValueOrDefault<double?>() is <= 0) r.AddError("--timeout must be positive"); } },
        };

        public Option<double?> PollInterval { get; } = new("--poll-interval")
        {
            Description = "seconds between polls (default: the provider's documented cadence; a server's Retry-After wins)", HelpName = "SECONDS",
            Validators = { r => { if (r.GetValueOrDefault<double?>() is < 0.05) r.AddError("--poll-interval must be at least 0.05"); } },
        };

        public void AddTo(Command command)
        {
            command.Options.Add(Timeout);
            command.Options.Add(PollInterval);
        }

        public WaitSettings Read(ParseResult parse) => new(
            parse.GetValue(Timeout) is { } t ? TimeSpan.FromSeconds(t) : null,
            parse.GetValue(PollInterval) is { } p ? TimeSpan.FromSeconds(p) : null);
    }
}
