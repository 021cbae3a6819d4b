using Microsoft.Kiota.Abstractions;

namespace Seedance.Contracts.Http;

/// <summary>
/// Marks a request whose deadline <see cref="SeedanceCall"/> already enforces (its deadline also covers
/// reading and parsing the body, which happens outside the handler chain), so the resilience pipeline's
/// call timeout does not start a second timer.
/// </summary>
internal sealed class CallDeadlineOption : IRequestOption
{
    public static CallDeadlineOption Instance { get; } = new();
}
