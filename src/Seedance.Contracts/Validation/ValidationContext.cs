using Seedance.Contracts.Catalog;
using Seedance.Contracts.Prompt;
using Seedance.Contracts.Requests;

namespace Seedance.Contracts.Validation;

/// <summary>A value and the field it came from (a request field, or a flag in the prompt text).</summary>
internal readonly record struct Setting<T>(T Value, string Field);

/// <summary>One validation run: the inputs, the settings after merging text flags, and the findings.</summary>
internal sealed class ValidationContext
{
    public ValidationContext(string provider, VideoRequest request)
    {
        Provider = provider;
        Request = request;
        Capabilities = Contracts.Capabilities.For(provider);
    }

    public string Provider { get; }

    public VideoRequest Request { get; }

    public ProviderCapabilities Capabilities { get; }

    /// <summary>The model's rules; null when the model is missing or unknown (model checks are skipped).</summary>
    public ModelSpec? Model { get; set; }

    /// <summary>The prompt text parsed once (inline-flag providers only); the mappers reuse it.</summary>
    public ParsedPrompt? ParsedPrompt { get; set; }

    /// <summary>Flags parsed from the prompt text (inline-flag providers only).</summary>
    public PromptFlags TextFlags => ParsedPrompt?.Flags ?? PromptFlags.None;

    public List<ValidationProblem> Violations { get; } = [];

    public bool HasAnyImage =>
        Request.FirstFrame is not null || Request.LastFrame is not null || Request.ReferenceImages.Count > 0;

    public void Add(string field, string? value, string allowed, string rule) =>
        Violations.Add(new ValidationProblem(field, value, allowed, rule));

    /// <summary>The request field when set, else the flag from the prompt text, else null.</summary>
    public Setting<T>? Pick<T>(T? field, string fieldName, T? text, PromptFlagNames.Key key)
        where T : struct =>
        field is { } f ? new Setting<T>(f, fieldName)
        : text is { } t ? new Setting<T>(t, "prompt " + PromptFlagNames.Describe(key))
        : null;

    /// <summary>The request field when set, else the flag from the prompt text, else null.</summary>
    public Setting<string>? Pick(string? field, string fieldName, string? text, PromptFlagNames.Key key) =>
        field is not null ? new Setting<string>(field, fieldName)
        : text is not null ? new Setting<string>(text, "prompt " + PromptFlagNames.Describe(key))
        : null;

    /// <summary>"for model X" — appended to every model-specific allowed text ("on provider" before the model is known).</summary>
    public string ForModel => Model is null ? $"on {Provider}" : $"for model {Model.Id}";
}
