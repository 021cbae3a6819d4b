
namespace Seedance.Contracts.Prompt;

/// <summary>What <see cref="PromptText.Parse"/> found in a prompt text.</summary>
/// <param name="Prompt">The text before the trailing flags, trimmed.</param>
/// <param name="Flags">The known flags with valid values.</param>
/// <param name="UnknownFlags">Flags in the trailing run that are not known, as written (<c>--name value</c>).</param>
/// <param name="Problems">Known flags with a bad or missing value, or given twice (rule <c>prompt-flag</c>).</param>
public sealed record ParsedPrompt(
    string Prompt,
    PromptFlags Flags,
    IReadOnlyList<string> UnknownFlags,
    IReadOnlyList<ValidationProblem> Problems);
