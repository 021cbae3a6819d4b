namespace Seedance.Contracts;

/// <summary>
/// Create fields that only one provider has, typed, for <see cref="VideoRequest.ProviderOptions"/>. The
/// neutral request keeps what several providers share; what one API alone documents lives in its own
/// subclass, so an app cannot send it to another provider by accident: the validator refuses options of
/// another provider (rule <c>capability</c>) before anything is sent.
/// </summary>
public abstract record ProviderRequestOptions
{
    /// <summary>Only the SDK's provider option types derive from this.</summary>
    private protected ProviderRequestOptions()
    {
    }

    /// <summary>The provider id these options are for.</summary>
    public abstract string Provider { get; }
}
