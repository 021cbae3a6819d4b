using Seedance.Packaging.Tests.PublicApi.Samples;

namespace Seedance.Packaging.Tests.PublicApi;

/// <summary>The formatter itself, on sample types of every shape the shipped assemblies use.</summary>
public sealed class PublicApiListingTests
{
    private static string Listing() =>
        PublicApiListing.Write(typeof(Shot).Assembly, t => t.Namespace == typeof(Shot).Namespace);

    [Fact]
    public void Lists_visible_members_with_modifiers_nullability_and_defaults()
    {
        var expected = """
            namespace Seedance.Packaging.Tests.PublicApi.Samples
              public abstract class Base
                public static readonly System.TimeSpan Limit;
                public const string Name = "base \"quoted\"";
                public const string Usage = "usage: tool [--flag]\n\tindented";
                protected Base();
                public virtual int Count { get; protected set; }
                public event System.EventHandler<string>? Changed;
                protected void Raise();
                public abstract System.Threading.Tasks.Task<string?> RunAsync(string? text, Seedance.Packaging.Tests.PublicApi.Samples.Tone tone = Seedance.Packaging.Tests.PublicApi.Samples.Tone.High, System.Threading.CancellationToken cancellationToken = default);
              public sealed class Base.Nested
                public System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<int[]>>? Map;
                public Nested();
              public sealed class Derived : Seedance.Packaging.Tests.PublicApi.Samples.Base
                public Derived();
                public string this[int index] { get; }
                public System.Threading.Tasks.Task<T?> FindAsync<T>(string key, System.Threading.CancellationToken cancellationToken) where T : class, System.IComparable<T>, new();
                public T First<T>(params T[] items);
                public override System.Threading.Tasks.Task<string?> RunAsync(string? text, Seedance.Packaging.Tests.PublicApi.Samples.Tone tone = Seedance.Packaging.Tests.PublicApi.Samples.Tone.High, System.Threading.CancellationToken cancellationToken = default);
                public bool TryGet(string key, [NotNullWhen(true)] out Seedance.Packaging.Tests.PublicApi.Samples.Shot? shot);
              public static class Extensions
                public static (int, int) Size(this Seedance.Packaging.Tests.PublicApi.Samples.Shot shot, out bool known);
              public delegate void Handler(Seedance.Packaging.Tests.PublicApi.Samples.Shot shot, ref int count)
              public delegate Seedance.Packaging.Tests.PublicApi.Samples.Shot? Lookup<in TKey>(TKey key) where TKey : System.IComparable<TKey>
              public readonly struct Ratio
                public int Width { get; init; }
              public sealed record Shot : System.IEquatable<Seedance.Packaging.Tests.PublicApi.Samples.Shot>
                public Shot(string Prompt, int? Seconds);
                public required string Model { get; init; }
                public string Prompt { get; init; }
                public int? Seconds { get; init; }
                public System.Collections.Generic.IReadOnlyList<string?> Tags { get; set; }
                public void Deconstruct(out string Prompt, out int? Seconds);
                public bool Equals(Seedance.Packaging.Tests.PublicApi.Samples.Shot? other);
                public override bool Equals(object? obj);
                public override int GetHashCode();
                public override string ToString();
                public static bool op_Equality(Seedance.Packaging.Tests.PublicApi.Samples.Shot? left, Seedance.Packaging.Tests.PublicApi.Samples.Shot? right);
                public static bool op_Inequality(Seedance.Packaging.Tests.PublicApi.Samples.Shot? left, Seedance.Packaging.Tests.PublicApi.Samples.Shot? right);
              public enum Tone : byte
                High = 200
                Low = 1

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), Listing());
    }

    [Fact]
    public void Internal_and_private_members_are_left_out()
    {
        var listing = Listing();
        Assert.DoesNotContain("Hidden", listing, StringComparison.Ordinal);
        Assert.DoesNotContain("<Clone>$", listing, StringComparison.Ordinal);
        Assert.DoesNotContain("EqualityContract", listing, StringComparison.Ordinal); // private on a sealed record
    }
}
