namespace Seedance.Conformance.Replay;

/// <summary>A scenario's current state and every state its mappings mention.</summary>
/// <param name="Name">The scenario name.</param>
/// <param name="State">The current state (<c>Started</c> before the first step).</param>
/// <param name="PossibleStates">The states its mappings require or set, plus <c>Started</c>.</param>
public sealed record ScenarioInfo(string Name, string State, IReadOnlyList<string> PossibleStates);
