namespace Seedance.Generated.Runtime;

/// <summary>
/// Implemented by every generated error model. The spec's <c>x-error-fields</c> extension says where
/// each provider puts these values, so callers read them the same way for every provider.
/// </summary>
public interface IProviderError
{
    /// <summary>The provider's machine-readable error code, e.g. <c>invalid_token</c>.</summary>
    string? ProviderErrorCode { get; }

    /// <summary>The provider's human-readable message.</summary>
    string? ProviderErrorMessage { get; }

    /// <summary>The request or trace id found in the body, if the provider puts one there.</summary>
    string? ProviderRequestId { get; }
}
