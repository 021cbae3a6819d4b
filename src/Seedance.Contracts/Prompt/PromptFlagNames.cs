using System.Text.Json.Serialization;

namespace Seedance.Contracts.Prompt;

/// <summary>
/// The flag vocabulary: Ark's text commands (ArkDocs create doc "模型文本命令", providers.md §3.4)
/// and AceData's short forms (providers.md §2.4). The order is the render order, which matches
/// the docs' canonical example (<c>--rs --rt --dur --fps --wm --seed --cf</c>), with
/// <c>--frames</c> after <c>--dur</c>.
/// </summary>
internal static class PromptFlagNames
{
    /// <summary>Which <see cref="PromptFlags"/> property a flag sets.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<PromptFlagNames.Key>))]
    public enum Key
    {
        Resolution,
        Ratio,
        Duration,
        Frames,
        FramesPerSecond,
        Watermark,
        Seed,
        CameraFixed,
    }

    /// <summary>(key, short name, long name), in render order.</summary>
    public static readonly IReadOnlyList<(Key Key, string Short, string Long)> All =
    [
        (Key.Resolution, "rs", "resolution"),
        (Key.Ratio, "rt", "ratio"),
        (Key.Duration, "dur", "duration"),
        (Key.Frames, "frames", "frames"),
        (Key.FramesPerSecond, "fps", "framespersecond"),
        (Key.Watermark, "wm", "watermark"),
        (Key.Seed, "seed", "seed"),
        (Key.CameraFixed, "cf", "camerafixed"),
    ];

    /// <summary>Finds a flag by either name, ignoring case.</summary>
    public static bool TryFind(string name, out (Key Key, string Short, string Long) flag)
    {
        foreach (var f in All)
        {
            if (name.Equals(f.Short, StringComparison.OrdinalIgnoreCase) || name.Equals(f.Long, StringComparison.OrdinalIgnoreCase))
            {
                flag = f;
                return true;
            }
        }

        flag = default;
        return false;
    }

    /// <summary>Both spellings for messages, e.g. <c>--rs/--resolution</c>.</summary>
    public static string Describe(Key key)
    {
        var f = All.First(x => x.Key == key);
        return f.Short == f.Long ? "--" + f.Long : $"--{f.Short}/--{f.Long}";
    }
}
