// Types whose listing PublicApiListingTests pins: one of each shape the formatter has to spell.
#pragma warning disable CA1822, CA1051, CA1707, CA1711, CA1716, CA1000, CA1815, CA1003
namespace Seedance.Packaging.Tests.PublicApi.Samples;

public enum Tone : byte
{
    Low = 1,
    High = 200,
}

public sealed record Shot(string Prompt, int? Seconds)
{
    public required string Model { get; init; }

    public IReadOnlyList<string?> Tags { get; set; } = [];
}

public abstract class Base
{
    public const string Name = "base \"quoted\"";

    public const string Usage = """
        usage: tool [--flag]
        	indented
        """;

    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);

    protected Base() { }

    public abstract Task<string?> RunAsync(string? text, Tone tone = Tone.High, CancellationToken cancellationToken = default);

    public virtual int Count { get; protected set; }

    internal void Hidden() { }

    public event EventHandler<string>? Changed;

    protected void Raise() => Changed?.Invoke(this, "x");

    public sealed class Nested
    {
        public Dictionary<string, List<int[]>>? Map;
    }
}

public sealed class Derived : Base
{
    public override Task<string?> RunAsync(string? text, Tone tone = Tone.High, CancellationToken cancellationToken = default) => Task.FromResult(text);

    public T First<T>(params T[] items) => items[0];

    public Task<T?> FindAsync<T>(string key, CancellationToken cancellationToken) where T : class, IComparable<T>, new() =>
        Task.FromResult<T?>(key.Length == 0 ? null : new T());

    public bool TryGet(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Shot? shot)
    {
        shot = key.Length == 0 ? null : new Shot(key, null) { Model = key };
        return shot is not null;
    }

    public string this[int index] => index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public static class Extensions
{
    public static (int Width, int Height) Size(this Shot shot, out bool known)
    {
        known = shot.Seconds is not null;
        return (1, 2);
    }
}

public delegate void Handler(Shot shot, ref int count);

public delegate Shot? Lookup<in TKey>(TKey key) where TKey : IComparable<TKey>;

public readonly struct Ratio
{
    public int Width { get; init; }
}
