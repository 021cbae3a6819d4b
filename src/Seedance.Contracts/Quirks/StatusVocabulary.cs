using Seedance.Contracts.Catalog;
using Seedance.Contracts.Jobs;
using Seedance.Generated;
using Seedance.Generated.Runtime;

namespace Seedance.Contracts.Quirks;

/// <summary>
/// Quirk <c>status-vocabulary</c>: each provider names job states its own way (CometAPI
/// <c>SUBMITTED/IN_PROGRESS/SUCCESS/FAILED/ERROR</c>, Ark <c>queued/running/succeeded/failed/cancelled/expired</c>,
/// AceData <c>processing/succeeded/failed</c> plus Ark's words inside Ark task objects, Seedance2.ink
/// <c>queued/processing/succeeded/failed/cancelled</c>). The words and the <see cref="VideoJobState"/> each
/// means are written in the specs, as <c>x-seedance-states</c> on each provider's status operation (with
/// their sources), and reach this class through the generated operation descriptors
/// (<see cref="SeedanceOperations"/>). The raw word is always kept in <see cref="VideoJobStatus.RawStatus"/>,
/// and a word not in the table becomes <see cref="VideoJobState.Unknown"/> (never an exception), so a new
/// provider status is visible rather than misread. Matching ignores case. See docs/quirks.md.
/// </summary>
internal static class StatusVocabulary
{
    /// <summary>The stable quirk id.</summary>
    public const string QuirkId = "status-vocabulary";

    private static readonly Dictionary<string, IReadOnlyDictionary<string, VideoJobState>> Tables = Build(SeedanceOperations.All);

    /// <summary>The documented raw statuses of a provider and their normalized state.</summary>
    /// <param name="provider">A provider id.</param>
    /// <exception cref="ArgumentException">The provider id is unknown.</exception>
    public static IReadOnlyDictionary<string, VideoJobState> For(string provider) =>
        provider is not null && Tables.TryGetValue(provider, out var table)
            ? table
            : throw new ArgumentException($"Unknown provider '{provider}'. Known providers: {string.Join(", ", ProviderId.All)}.", nameof(provider));

    /// <summary>The normalized state of a raw status; <see cref="VideoJobState.Unknown"/> when the word is missing or not documented.</summary>
    /// <param name="provider">A provider id.</param>
    /// <param name="rawStatus">The provider's status word, as sent.</param>
    public static VideoJobState Normalize(string provider, string? rawStatus) =>
        !string.IsNullOrWhiteSpace(rawStatus) && For(provider).TryGetValue(rawStatus.Trim(), out var state) ? state : VideoJobState.Unknown;

    /// <summary>
    /// One table per provider from the status words of its operations, in spec order. Two operations
    /// of one provider that give a word different states would make the mapping ambiguous, so that fails
    /// loudly (the generator already rejects a word listed twice on one operation).
    /// </summary>
    internal static Dictionary<string, IReadOnlyDictionary<string, VideoJobState>> Build(IEnumerable<OperationDescriptor> operations)
    {
        var tables = new Dictionary<string, Dictionary<string, VideoJobState>>(StringComparer.Ordinal);
        foreach (var operation in operations.Where(o => o.StatusWords.Count > 0))
        {
            if (!tables.TryGetValue(operation.Api, out var table))
                tables[operation.Api] = table = new Dictionary<string, VideoJobState>(StringComparer.OrdinalIgnoreCase);
            foreach (var word in operation.StatusWords)
            {
                // SpecJobState mirrors VideoJobState by name (Unknown aside).
                var state = Enum.Parse<VideoJobState>(word.State.ToString());
                if (table.TryGetValue(word.Word, out var existing) && existing != state)
                    throw new InvalidOperationException($"{operation.Key}: status word '{word.Word}' means {state} here but {existing} in another operation of {operation.Api}");
                table[word.Word] = state;
            }
        }
        return tables.ToDictionary(t => t.Key, t => (IReadOnlyDictionary<string, VideoJobState>)t.Value, StringComparer.Ordinal);
    }
}
