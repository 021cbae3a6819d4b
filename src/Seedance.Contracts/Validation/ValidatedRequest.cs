using Seedance.Contracts.Prompt;

namespace Seedance.Contracts.Validation;

/// <summary>
/// A request that passed <see cref="VideoRequestValidator"/> for one provider: what the provider
/// adapters map. It carries the prompt as the validator parsed it, so the inline flags are read once
/// per submit, not again by each mapper and quirk.
/// </summary>
/// <param name="Provider">The provider it was validated for.</param>
/// <param name="Request">The request, its list properties never null.</param>
/// <param name="ParsedPrompt">The prompt's text and inline flags; null on providers without inline flags.</param>
internal sealed record ValidatedRequest(string Provider, VideoRequest Request, ParsedPrompt? ParsedPrompt)
{
    /// <summary>The flags typed into the prompt; none on providers without inline flags.</summary>
    public PromptFlags TextFlags => ParsedPrompt?.Flags ?? PromptFlags.None;

    /// <summary>The parse, made now for a provider whose validator did not need one (the Volc fallback's source is always parsed).</summary>
    public ParsedPrompt Prompt => ParsedPrompt ?? PromptText.Parse(Request.Prompt);
}
