using Seedance.Contracts.Errors;

namespace Seedance.Contracts;

/// <summary>Why a callback request was refused.</summary>
public enum SeedanceCallbackRejection
{
    /// <summary>The URL carries no token, or a wrong one: not a callback this app asked for (answer 401 or 404).</summary>
    BadToken,

    /// <summary>The body is longer than <see cref="SeedanceCallbackOptions.MaxBodyBytes"/> (answer 413).</summary>
    TooLarge,

    /// <summary>The body is not JSON, or not the provider's callback body (answer 400).</summary>
    BadBody,

    /// <summary>The provider sends no callbacks, or the id is not a provider id (answer 400).</summary>
    UnknownProvider,
}

/// <summary>A callback request the SDK refused; <see cref="Rejection"/> says why, and no job state was read from it.</summary>
public sealed class SeedanceCallbackRejectedException : SeedanceException
{
    /// <summary>Creates the exception.</summary>
    public SeedanceCallbackRejectedException(SeedanceCallbackRejection rejection, string message, string? provider = null, Exception? innerException = null)
        : base(message, new SeedanceErrorContext(Provider: provider), innerException)
    {
        Rejection = rejection;
    }

    /// <summary>Why the callback was refused.</summary>
    public SeedanceCallbackRejection Rejection { get; }

    /// <inheritdoc />
    public override SeedanceErrorCategory Category => SeedanceErrorCategory.InvalidRequest;
}
