using System.ComponentModel;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Seedance.Generated.Runtime;

/// <summary>A throwaway additional-data holder for <see cref="LenientParse"/> calls made outside a model (composed wrappers).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ScratchHolder : IAdditionalDataHolder
{
    /// <inheritdoc />
    public IDictionary<string, object> AdditionalData { get; set; } = new Dictionary<string, object>();
}
