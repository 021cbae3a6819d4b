using System.Globalization;

namespace Seedance.Contracts.Catalog;

/// <summary>
/// Frame counts of the form <c>25 + 4n</c> within [<see cref="Min"/>, <see cref="Max"/>]
/// (Ark's <c>frames</c>; it takes precedence over duration).
/// </summary>
/// <param name="Min">The smallest frame count.</param>
/// <param name="Max">The largest frame count.</param>
public sealed record FramesRule(int Min, int Max)
{
    /// <summary>The base of the series: frame counts are <c>25 + 4n</c>.</summary>
    public const int Base = 25;

    /// <summary>The step of the series.</summary>
    public const int Step = 4;

    /// <summary>True when <paramref name="frames"/> is in range and of the form 25+4n.</summary>
    /// <param name="frames">The requested frame count.</param>
    public bool Allows(int frames) => frames >= Min && frames <= Max && (frames - Base) % Step == 0;

    /// <summary>What the rule allows, e.g. <c>25+4n in 29..289</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Base}+{Step}n in {Min}..{Max}");
}
