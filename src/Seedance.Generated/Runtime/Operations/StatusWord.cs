namespace Seedance.Generated.Runtime;

/// <summary>One entry of <c>x-seedance-states</c>: a provider's status word and the state it means.</summary>
/// <param name="Word">The word as the provider sends it (matching ignores case).</param>
/// <param name="State">The normalized state.</param>
internal sealed record StatusWord(string Word, SpecJobState State);
