using Seedance.Conformance.Drivers;
using Seedance.Conformance.Scenarios;
using Seedance.Contracts;

namespace Seedance.Conformance.Running;

/// <summary>What scenarios run against: a stub server (embedded replay host or real WireMock), the live APIs, or Prism.</summary>
internal abstract class ScenarioTarget : IAsyncDisposable
{
    /// <summary><c>replay</c>, <c>wiremock</c>, <c>live</c> or <c>prism</c> (the report's mode column).</summary>
    public abstract string Mode { get; }

    /// <summary>True against the real APIs: shape and codes are checked, not recorded values.</summary>
    public virtual bool IsLive => false;

    /// <summary>False when the target answers with its own bodies (Prism), so the scenario's expectation does not apply.</summary>
    public virtual bool ChecksExpectation => true;

    /// <summary>How long one scenario may take.</summary>
    public virtual TimeSpan ScenarioTimeout => TimeSpan.FromSeconds(60);

    /// <summary>Gets the target ready for <paramref name="scenario"/> (e.g. loads its stubs), or says why it is skipped.</summary>
    public abstract Task<TargetSetup> PrepareAsync(Scenario scenario, CancellationToken cancellationToken);

    /// <summary>The key sent by scenarios that want a valid one.</summary>
    public abstract SeedanceApiKey? ValidKey(string provider);

    /// <summary>Target-side checks after the driver ran (the journal of a stub server, Prism's verdict).</summary>
    public virtual Task<IReadOnlyList<string>> VerifyAsync(Scenario scenario, DriverContext context, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    /// <summary>Removes anything secret (keys) from a message before it is printed or reported.</summary>
    public virtual string Scrub(string message) => message;

    /// <inheritdoc />
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
