namespace Seedance.Contracts.Errors;

/// <summary>
/// The provider has no way to do what was asked (for example cancelling a job on a provider that
/// documents no cancel endpoint). Thrown before anything is sent; it agrees with
/// <see cref="Capabilities"/>, which lists what each provider supports.
/// </summary>
public sealed class SeedanceNotSupportedException : SeedanceException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="provider">The provider id, e.g. <c>cometapi-videos</c>.</param>
    /// <param name="capability">What was asked for, e.g. <c>cancel</c>.</param>
    /// <param name="detail">What the caller can do instead; appended to the message.</param>
    public SeedanceNotSupportedException(string provider, string capability, string? detail = null)
        : base(
            $"{provider} does not support {capability}; nothing was sent (see Capabilities.For(\"{provider}\")).{(detail is null ? "" : " " + detail)}",
            new SeedanceErrorContext(Provider: provider))
    {
        Capability = capability;
    }

    /// <summary>The capability that was asked for, e.g. <c>cancel</c>.</summary>
    public string Capability { get; }

    /// <inheritdoc />
    public override SeedanceErrorCategory Category => SeedanceErrorCategory.NotSupported;

    /// <inheritdoc />
    public override bool IsRetryable => false;
}
