namespace Seedance.Conformance.Replay;

/// <summary>A scenario's current state and every state its mappings mention.</summary>
/// <param name="Name">The scenario name.</param>
/// <param name="State">The current state.</param>
/// <param name="PossibleStates">The states its mappings require or set, plus <c>Started</c>.</param>
public sealed record ScenarioInfo(string Name, string State, IReadOnlyList<string> PossibleStates);

/// <summary>Scenario state machines (not thread-safe on its own; the host serialises access).</summary>
internal sealed class ScenarioStore
{
    public const string Started = "Started";

    private readonly Dictionary<string, (string State, SortedSet<string> Possible)> _scenarios = new(StringComparer.Ordinal);

    public void Register(StubMapping m)
    {
        if (m.ScenarioName is not { } name) return;
        if (!_scenarios.TryGetValue(name, out var s))
        {
            s = (Started, new SortedSet<string>(StringComparer.Ordinal) { Started });
            _scenarios[name] = s;
        }
        if (m.RequiredScenarioState is { } required) s.Possible.Add(required);
        if (m.NewScenarioState is { } next) s.Possible.Add(next);
    }

    public string StateOf(string name) => _scenarios.TryGetValue(name, out var s) ? s.State : Started;

    public void Set(string name, string state)
    {
        if (_scenarios.TryGetValue(name, out var s))
        {
            s.Possible.Add(state);
            _scenarios[name] = (state, s.Possible);
        }
        else
        {
            _scenarios[name] = (state, new SortedSet<string>(StringComparer.Ordinal) { Started, state });
        }
    }

    public bool Exists(string name) => _scenarios.ContainsKey(name);

    public void ResetAll()
    {
        foreach (var name in _scenarios.Keys.ToList()) _scenarios[name] = (Started, _scenarios[name].Possible);
    }

    /// <summary>Keeps current states of scenarios that still have mappings; drops the rest.</summary>
    public void Rebuild(IEnumerable<StubMapping> mappings)
    {
        var old = _scenarios.ToDictionary(kv => kv.Key, kv => kv.Value.State, StringComparer.Ordinal);
        _scenarios.Clear();
        foreach (var m in mappings) Register(m);
        foreach (var name in _scenarios.Keys.ToList())
        {
            if (old.TryGetValue(name, out var state)) _scenarios[name] = (state, _scenarios[name].Possible);
        }
    }

    public IReadOnlyList<ScenarioInfo> Snapshot() =>
        _scenarios.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new ScenarioInfo(kv.Key, kv.Value.State, kv.Value.Possible.ToArray()))
            .ToList();
}
