using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Seedance.Contracts.Prompt;

/// <summary>
/// Renders <see cref="PromptFlags"/> into a prompt text and parses them back. The docs append the
/// commands after the prompt ("在文本提示词后追加 --[parameters]", ArkDocs create doc), so only the
/// trailing run of <c>--name value</c> pairs counts as flags; a <c>--</c> inside the prose stays
/// prose. Both spellings (<c>--rs</c>, <c>--resolution</c>), any mix of them, any case and any
/// amount of whitespace between tokens are accepted.
/// </summary>
public static partial class PromptText
{
    /// <summary>
    /// Appends the set flags to the prompt, separated by single spaces, in the docs' order
    /// (<c>--rs --rt --dur --frames --fps --wm --seed --cf</c>).
    /// </summary>
    /// <param name="prompt">The prompt text; trailing whitespace is dropped.</param>
    /// <param name="flags">The flags to render; unset ones are skipped.</param>
    /// <param name="style">Short (<c>--rs</c>) or long (<c>--resolution</c>) names.</param>
    /// <exception cref="ArgumentException">A text value is empty or contains whitespace (it could not be parsed back).</exception>
    public static string Render(string prompt, PromptFlags flags, PromptFlagStyle style = PromptFlagStyle.Short)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(flags);
        var sb = new StringBuilder(prompt.TrimEnd());
        foreach (var (key, shortName, longName) in PromptFlagNames.All)
        {
            var value = flags.ValueText(key);
            if (value is null)
            {
                continue;
            }

            if (value.Length == 0 || value.Any(char.IsWhiteSpace))
            {
                throw new ArgumentException($"The value of {PromptFlagNames.Describe(key)} must be a single word, got '{value}'.", nameof(flags));
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append("--").Append(style == PromptFlagStyle.Short ? shortName : longName).Append(' ').Append(value);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Splits a prompt text into the prompt and its trailing flags. Never throws on content: bad
    /// values, missing values and repeated flags go to <see cref="ParsedPrompt.Problems"/>, unknown
    /// flags to <see cref="ParsedPrompt.UnknownFlags"/>.
    /// </summary>
    /// <param name="text">The full text as it would be sent.</param>
    public static ParsedPrompt Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Token().Matches(text);
        var start = FindRunStart(tokens);
        if (start < 0)
        {
            return new ParsedPrompt(text.Trim(), PromptFlags.None, [], []);
        }

        var prompt = text[..tokens[start].Index].Trim();
        var flags = PromptFlags.None;
        var unknown = new List<string>();
        var problems = new List<ValidationProblem>();
        var seen = new HashSet<PromptFlagNames.Key>();
        for (var i = start; i < tokens.Count;)
        {
            var name = tokens[i].Value;
            string? value = i + 1 < tokens.Count && !IsFlagName(tokens[i + 1].Value) ? tokens[i + 1].Value : null;
            i += value is null ? 1 : 2;

            if (!PromptFlagNames.TryFind(name[2..], out var flag))
            {
                unknown.Add(value is null ? name : name + " " + value);
                continue;
            }

            if (!seen.Add(flag.Key))
            {
                problems.Add(new ValidationProblem("prompt " + name, value, $"{PromptFlagNames.Describe(flag.Key)} at most once", "prompt-flag"));
                continue;
            }

            if (value is null)
            {
                problems.Add(new ValidationProblem("prompt " + name, null, "a value after the flag", "prompt-flag"));
                continue;
            }

            flags = Apply(flags, flag.Key, name, value, problems);
        }

        return new ParsedPrompt(prompt, flags, unknown, problems);
    }

    private static PromptFlags Apply(PromptFlags flags, PromptFlagNames.Key key, string name, string value, List<ValidationProblem> problems)
    {
        const NumberStyles Integer = NumberStyles.AllowLeadingSign;
        var inv = CultureInfo.InvariantCulture;
        switch (key)
        {
            case PromptFlagNames.Key.Resolution:
                return flags with { Resolution = value };
            case PromptFlagNames.Key.Ratio:
                return flags with { Ratio = value };
            case PromptFlagNames.Key.Duration when int.TryParse(value, Integer, inv, out var d):
                return flags with { Duration = d };
            case PromptFlagNames.Key.Frames when int.TryParse(value, Integer, inv, out var f):
                return flags with { Frames = f };
            case PromptFlagNames.Key.FramesPerSecond when int.TryParse(value, Integer, inv, out var fps):
                return flags with { FramesPerSecond = fps };
            case PromptFlagNames.Key.Seed when long.TryParse(value, Integer, inv, out var s):
                return flags with { Seed = s };
            case PromptFlagNames.Key.CameraFixed when TryBool(value, out var cf):
                return flags with { CameraFixed = cf };
            case PromptFlagNames.Key.Watermark when TryBool(value, out var wm):
                return flags with { Watermark = wm };
            case PromptFlagNames.Key.CameraFixed or PromptFlagNames.Key.Watermark:
                problems.Add(new ValidationProblem("prompt " + name, value, "true or false", "prompt-flag"));
                return flags;
            default:
                problems.Add(new ValidationProblem("prompt " + name, value, "an integer", "prompt-flag"));
                return flags;
        }
    }

    private static bool TryBool(string value, out bool result)
    {
        if (value.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            result = true;
            return true;
        }

        result = false;
        return value.Equals("false", StringComparison.OrdinalIgnoreCase);
    }

    // The earliest flag token from which every remaining token is a "--name [value]" pair.
    private static int FindRunStart(MatchCollection tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (IsFlagName(tokens[k].Value) && IsFlagRun(tokens, k))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsFlagRun(MatchCollection tokens, int k)
    {
        var i = k;
        while (i < tokens.Count)
        {
            if (!IsFlagName(tokens[i].Value))
            {
                return false;
            }

            i += i + 1 < tokens.Count && !IsFlagName(tokens[i + 1].Value) ? 2 : 1;
        }

        return true;
    }

    private static bool IsFlagName(string token) => FlagName().IsMatch(token);

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();

    [GeneratedRegex(@"^--[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex FlagName();
}
