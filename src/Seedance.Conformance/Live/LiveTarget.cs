using Seedance.Conformance.Drivers;
using Seedance.Conformance.Recording;
using Seedance.Conformance.Scenarios;
using Seedance.Contracts;

namespace Seedance.Conformance.Live;

/// <summary>
/// The real APIs (or whatever <c>--base-url</c> points at). A scenario runs only when its live policy
/// is <c>run</c>, its provider has a key, and it costs nothing or <c>--allow-spend</c> was given.
/// With a recorder set, every exchange is saved, sanitized, as a new mapping.
/// </summary>
internal sealed class LiveTarget : Running.ScenarioTarget
{
    private readonly IReadOnlyDictionary<string, Uri> _baseUrls;
    private readonly IReadOnlyDictionary<string, string> _keys;
    private readonly bool _allowSpend;
    private readonly LiveRecorder? _recorder;

    /// <summary>Creates the target.</summary>
    /// <param name="baseUrls">Base URL per provider (the spec's, or an override).</param>
    /// <param name="keys">Key per provider; a provider without one is skipped.</param>
    /// <param name="allowSpend">Run scenarios that create paid jobs.</param>
    /// <param name="recorder">Saves exchanges as mappings (record mode), or null.</param>
    public LiveTarget(IReadOnlyDictionary<string, Uri> baseUrls, IReadOnlyDictionary<string, string> keys, bool allowSpend, LiveRecorder? recorder)
    {
        _baseUrls = baseUrls;
        _keys = keys;
        _allowSpend = allowSpend;
        _recorder = recorder;
    }

    /// <inheritdoc />
    public override string Mode => _recorder is null ? "live" : "record";

    /// <inheritdoc />
    public override bool IsLive => true;

    /// <inheritdoc />
    public override TimeSpan ScenarioTimeout => LifecycleDriver.LiveDeadline + TimeSpan.FromMinutes(2);

    /// <inheritdoc />
    public override Task<Running.TargetSetup> PrepareAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var definition = scenario.Definition;
        Running.TargetSetup setup;
        if (definition.Live != ScenarioKinds.LiveRun)
        {
            setup = Running.TargetSetup.Skip($"replay only: {definition.LiveReason ?? "cannot be produced on demand"}");
        }
        else if (!_keys.ContainsKey(scenario.Provider))
        {
            setup = Running.TargetSetup.Skip($"no key: set {LiveKeys.VariableFor(scenario.Provider)}");
        }
        else if (definition.Cost == ScenarioKinds.Spend && !_allowSpend)
        {
            setup = Running.TargetSetup.Skip("creates a paid job: pass --allow-spend to run it");
        }
        else
        {
            setup = Running.TargetSetup.Run(_baseUrls[scenario.Provider]);
        }
        return Task.FromResult(setup);
    }

    /// <inheritdoc />
    public override SeedanceApiKey? ValidKey(string provider) => _keys.TryGetValue(provider, out var key) ? new SeedanceApiKey(key) : null;

    /// <inheritdoc />
    public override async Task<IReadOnlyList<string>> VerifyAsync(Scenario scenario, DriverContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_recorder is not null) await _recorder.SaveAsync(scenario, context.Recorder.Exchanges, cancellationToken).ConfigureAwait(false);
        return [];
    }

    /// <inheritdoc />
    public override string Scrub(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var key in _keys.Values) message = message.Replace(key, "REDACTED", StringComparison.Ordinal);
        return message;
    }
}
