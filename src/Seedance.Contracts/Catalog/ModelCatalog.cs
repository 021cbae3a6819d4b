using System.Diagnostics.CodeAnalysis;

namespace Seedance.Contracts.Catalog;

/// <summary>
/// Every model each provider documents and what it accepts. The validator reads it before a
/// request is sent; a test compares it with the specs' <c>model</c> enums in both directions.
/// </summary>
public static class ModelCatalog
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<ModelSpec>> ByProvider =
        new Dictionary<string, IReadOnlyList<ModelSpec>>(StringComparer.Ordinal)
        {
            [ProviderId.CometApiVideos] = CometApiVideosModels.All,
            [ProviderId.CometApiVolc] = CometApiVolcModels.All,
            [ProviderId.AceDataSeedance] = AceDataSeedanceModels.All,
            [ProviderId.Seedance2Ink] = Seedance2InkModels.All,
        };

    /// <summary>Every model of every provider.</summary>
    public static IReadOnlyList<ModelSpec> All { get; } =
        ProviderId.All.SelectMany(p => ByProvider[p]).ToArray();

    /// <summary>The models of one provider, in the order its docs list them.</summary>
    /// <param name="provider">A provider id (see <see cref="ProviderId"/>).</param>
    /// <exception cref="ArgumentException">The provider id is unknown.</exception>
    public static IReadOnlyList<ModelSpec> For(string provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return ByProvider.TryGetValue(provider, out var models)
            ? models
            : throw new ArgumentException(
                $"Unknown provider '{provider}'. Known providers: {string.Join(", ", ProviderId.All)}.",
                nameof(provider));
    }

    /// <summary>Finds a model of a provider by its exact id (ordinal; ids are case-sensitive on the wire).</summary>
    /// <param name="provider">A provider id.</param>
    /// <param name="modelId">The model id as sent in the request.</param>
    /// <param name="spec">The model's rules when found.</param>
    /// <returns>True when the provider documents the model.</returns>
    public static bool TryGet(string? provider, string? modelId, [NotNullWhen(true)] out ModelSpec? spec)
    {
        spec = null;
        if (provider is null || modelId is null || !ByProvider.TryGetValue(provider, out var models))
        {
            return false;
        }

        spec = models.FirstOrDefault(m => string.Equals(m.Id, modelId, StringComparison.Ordinal));
        return spec is not null;
    }

    /// <summary>The model ids of one provider.</summary>
    /// <param name="provider">A provider id.</param>
    public static IReadOnlyList<string> IdsFor(string provider) => For(provider).Select(m => m.Id).ToArray();
}
