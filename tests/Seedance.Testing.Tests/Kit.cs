using Seedance.Contracts;
using Seedance.Contracts.Catalog;

namespace Seedance.Testing.Tests;

/// <summary>Valid requests per provider and the specs' status words, shared by the tests.</summary>
internal static class Kit
{
    /// <summary>A request every provider's validation accepts: the first catalog model of the provider, a plain prompt.</summary>
    public static VideoRequest ValidRequest(string provider = ProviderId.Seedance2Ink) =>
        new() { Model = ModelCatalog.IdsFor(provider).First(), Prompt = "A red fox runs through fresh snow" };

    /// <summary>
    /// The status words a provider's spec documents (<c>x-seedance-states</c> blocks: <c>WORD: State</c>),
    /// read from specs/ at test time so the expectation is the spec, not a copy of it.
    /// </summary>
    public static IReadOnlyList<(string Word, VideoJobState State)> SpecStatusWords(string provider)
    {
        var words = new List<(string, VideoJobState)>();
        var lines = File.ReadAllLines(Path.Combine(RepoRoot.Path, "specs", provider + ".yaml"));
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "x-seedance-states:") continue;
            var indent = lines[i].Length - lines[i].TrimStart().Length;
            for (var j = i + 1; j < lines.Length && lines[j].Length - lines[j].TrimStart().Length > indent; j++)
            {
                var parts = lines[j].Split(':', 2, StringSplitOptions.TrimEntries);
                var word = parts[0].Trim('"', '\'');
                if (parts.Length == 2 && Enum.TryParse<VideoJobState>(parts[1].Split('#')[0].Trim(), out var state)) words.Add((word, state));
            }
        }
        return words;
    }
}
