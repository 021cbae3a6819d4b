using System.Globalization;

namespace Seedance.Contracts.Catalog;

/// <summary>
/// Which durations (whole seconds) a model accepts: a range, or a fixed set (Seedance2.ink's
/// 1.5-pro takes only 5 or 10), plus optionally <c>-1</c>, which AceData documents as "auto".
/// </summary>
public sealed record DurationRule
{
    /// <summary>The value that asks the model to pick the length itself, where documented.</summary>
    public const int Auto = -1;

    /// <summary>The allowed range, or null when only <see cref="AllowedValues"/> apply.</summary>
    public ValueRange? Range { get; init; }

    /// <summary>The allowed values when the docs list them one by one, or null.</summary>
    public IReadOnlyList<int>? AllowedValues { get; init; }

    /// <summary>True when <see cref="Auto"/> (-1) is also accepted.</summary>
    public bool AllowsAuto { get; init; }

    /// <summary>A rule accepting <paramref name="min"/>..<paramref name="max"/> seconds.</summary>
    /// <param name="min">The shortest duration.</param>
    /// <param name="max">The longest duration.</param>
    /// <param name="allowsAuto">Whether -1 (auto) is also accepted.</param>
    public static DurationRule Between(int min, int max, bool allowsAuto = false) =>
        new() { Range = new ValueRange(min, max), AllowsAuto = allowsAuto };

    /// <summary>A rule accepting only the listed durations.</summary>
    /// <param name="values">The allowed durations.</param>
    public static DurationRule OneOf(params int[] values) => new() { AllowedValues = values };

    /// <summary>True when <paramref name="seconds"/> is allowed.</summary>
    /// <param name="seconds">The requested duration.</param>
    public bool Allows(int seconds) =>
        (AllowsAuto && seconds == Auto)
        || (Range is { } r && r.Contains(seconds))
        || (AllowedValues is { } set && set.Contains(seconds));

    /// <summary>The smallest allowed duration other than auto.</summary>
    public int Min => Range is { } r ? (int)r.Min : AllowedValues!.Min();

    /// <summary>The largest allowed duration.</summary>
    public int Max => Range is { } r ? (int)r.Max : AllowedValues!.Max();

    /// <summary>What the rule allows, e.g. <c>4..15 or -1 (auto)</c> or <c>5 or 10</c>.</summary>
    public override string ToString()
    {
        var text = Range is { } r
            ? r.ToString()
            : string.Join(" or ", AllowedValues!.Select(v => v.ToString(CultureInfo.InvariantCulture)));
        return AllowsAuto ? text + " or -1 (auto)" : text;
    }
}
