using System.Globalization;

namespace Seedance.Contracts.Catalog;

/// <summary>An inclusive integer range. <c>long</c> because seeds go up to 2^32-1.</summary>
/// <param name="Min">The smallest allowed value.</param>
/// <param name="Max">The largest allowed value.</param>
public readonly record struct ValueRange(long Min, long Max)
{
    /// <summary>True when <paramref name="value"/> lies in [<see cref="Min"/>, <see cref="Max"/>].</summary>
    /// <param name="value">The value to test.</param>
    public bool Contains(long value) => value >= Min && value <= Max;

    /// <summary>The range as <c>Min..Max</c>, the notation every violation uses.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Min}..{Max}");
}
