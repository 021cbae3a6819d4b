using Seedance.Contracts;

namespace Seedance.Samples.WebApi;

/// <summary>The body of <c>POST /videos</c>: the few request fields most apps expose.</summary>
public sealed record SubmitVideoBody(string Prompt, string Model, int? Duration = null, string? AspectRatio = null, string? Resolution = null)
{
    /// <summary>The SDK's provider-neutral request; the SDK checks it against the model's rules before anything is sent.</summary>
    public VideoRequest ToRequest() => new()
    {
        Prompt = Prompt,
        Model = Model,
        Duration = Duration,
        AspectRatio = AspectRatio,
        Resolution = Resolution,
    };
}
