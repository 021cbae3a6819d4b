using Seedance.Contracts;
using Seedance.Contracts.Quirks;

namespace Seedance.Testing;

/// <summary>
/// Each provider's own word for each state, from the status words its spec documents (the SDK's
/// status-vocabulary table): the first word the spec lists for a state. A state the provider has no
/// word for (CometAPI has no "expired") shows no word, as the real client would have nothing to show.
/// </summary>
internal static class ProviderWords
{
    public static IReadOnlyDictionary<VideoJobState, string> For(string provider)
    {
        var words = new Dictionary<VideoJobState, string>();
        foreach (var (word, state) in StatusVocabulary.For(provider)) words.TryAdd(state, word);
        return words;
    }
}
