using System.Globalization;
using Seedance.Contracts.Requests;

namespace Seedance.Contracts.Prompt;

/// <summary>
/// Typed text commands for the APIs that read settings from the prompt text (AceData, the CometAPI
/// Volc route): <c>--rs 720p --rt 16:9 --dur 5 --fps 24 --wm true --seed 11 --cf false</c>.
/// A null property is not rendered. See docs/prompt-flags.md.
/// </summary>
public sealed record PromptFlags
{
    /// <summary>An instance with no flag set.</summary>
    public static PromptFlags None { get; } = new();

    /// <summary><c>--rs</c> / <c>--resolution</c>, e.g. <c>720p</c>.</summary>
    public string? Resolution { get; init; }

    /// <summary><c>--rt</c> / <c>--ratio</c>, e.g. <c>16:9</c> or <c>adaptive</c>.</summary>
    public string? Ratio { get; init; }

    /// <summary><c>--dur</c> / <c>--duration</c>, seconds.</summary>
    public int? Duration { get; init; }

    /// <summary><c>--frames</c>: a frame count of the form 25+4n.</summary>
    public int? Frames { get; init; }

    /// <summary><c>--fps</c> / <c>--framespersecond</c>.</summary>
    public int? FramesPerSecond { get; init; }

    /// <summary><c>--seed</c>; -1 means random.</summary>
    public long? Seed { get; init; }

    /// <summary><c>--cf</c> / <c>--camerafixed</c>.</summary>
    public bool? CameraFixed { get; init; }

    /// <summary><c>--wm</c> / <c>--watermark</c>.</summary>
    public bool? Watermark { get; init; }

    /// <summary>True when no flag is set.</summary>
    public bool IsEmpty => this == None;

    /// <summary>The flag-shaped fields of a neutral request (what a client would render as flags).</summary>
    /// <param name="request">The request.</param>
    public static PromptFlags FromRequest(VideoRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new PromptFlags
        {
            Resolution = request.Resolution,
            Ratio = request.AspectRatio,
            Duration = request.Duration,
            Frames = request.Frames,
            FramesPerSecond = request.FramesPerSecond,
            Seed = request.Seed,
            CameraFixed = request.CameraFixed,
            Watermark = request.Watermark,
        };
    }

    /// <summary>These flags, with each unset one taken from <paramref name="fallback"/>.</summary>
    /// <param name="fallback">Where unset values come from.</param>
    public PromptFlags Or(PromptFlags fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new PromptFlags
        {
            Resolution = Resolution ?? fallback.Resolution,
            Ratio = Ratio ?? fallback.Ratio,
            Duration = Duration ?? fallback.Duration,
            Frames = Frames ?? fallback.Frames,
            FramesPerSecond = FramesPerSecond ?? fallback.FramesPerSecond,
            Seed = Seed ?? fallback.Seed,
            CameraFixed = CameraFixed ?? fallback.CameraFixed,
            Watermark = Watermark ?? fallback.Watermark,
        };
    }

    /// <summary>
    /// Flags given both in the text and as top-level fields with different values. Each is reported
    /// (rule <c>prompt-flag-conflict</c>) instead of letting one side win silently: upstream, which
    /// one wins is not documented.
    /// </summary>
    /// <param name="inText">The flags parsed from the prompt text.</param>
    /// <param name="topLevel">The same settings given as request fields.</param>
    public static IReadOnlyList<ValidationProblem> FindConflicts(PromptFlags inText, PromptFlags topLevel)
    {
        ArgumentNullException.ThrowIfNull(inText);
        ArgumentNullException.ThrowIfNull(topLevel);
        var conflicts = new List<ValidationProblem>();
        foreach (var (key, _, _) in PromptFlagNames.All)
        {
            var text = inText.ValueText(key);
            var field = topLevel.ValueText(key);
            if (text is not null && field is not null && !string.Equals(text, field, StringComparison.OrdinalIgnoreCase))
            {
                conflicts.Add(new ValidationProblem(
                    FieldName(key),
                    $"{PromptFlagNames.Describe(key)} {text} in the prompt text, {field} as a field",
                    "the same value in both places, or only one of them",
                    "prompt-flag-conflict"));
            }
        }

        return conflicts;
    }

    /// <summary>The flag's value as rendered text, or null when unset.</summary>
    internal string? ValueText(PromptFlagNames.Key key) => key switch
    {
        PromptFlagNames.Key.Resolution => Resolution,
        PromptFlagNames.Key.Ratio => Ratio,
        PromptFlagNames.Key.Duration => Duration?.ToString(CultureInfo.InvariantCulture),
        PromptFlagNames.Key.Frames => Frames?.ToString(CultureInfo.InvariantCulture),
        PromptFlagNames.Key.FramesPerSecond => FramesPerSecond?.ToString(CultureInfo.InvariantCulture),
        PromptFlagNames.Key.Seed => Seed?.ToString(CultureInfo.InvariantCulture),
        PromptFlagNames.Key.CameraFixed => Bool(CameraFixed),
        PromptFlagNames.Key.Watermark => Bool(Watermark),
        _ => null,
    };

    /// <summary>The neutral request field a flag corresponds to (used as the violation's field).</summary>
    internal static string FieldName(PromptFlagNames.Key key) => key switch
    {
        PromptFlagNames.Key.Ratio => "aspectRatio",
        PromptFlagNames.Key.FramesPerSecond => "framesPerSecond",
        PromptFlagNames.Key.CameraFixed => "cameraFixed",
        _ => char.ToLowerInvariant(key.ToString()[0]) + key.ToString()[1..],
    };

    private static string? Bool(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => null,
    };
}
