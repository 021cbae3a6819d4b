using System.Text.Json.Nodes;
using Seedance.Contracts.Catalog;

namespace Seedance.Contracts.Providers.Seedance2Ink;

/// <summary>Seedance2.ink-only create fields (<c>POST /api/open/v1/video/generations</c>).</summary>
public sealed record Seedance2InkRequestOptions : ProviderRequestOptions
{
    /// <inheritdoc />
    public override string Provider => ProviderId.Seedance2Ink;

    /// <summary>
    /// <c>metadata</c>: caller-defined data stored with the job (e.g. your own order id). The docs give no
    /// value types or size limits, so any JSON object is sent as given.
    /// </summary>
    public JsonObject? Metadata { get; init; }
}
