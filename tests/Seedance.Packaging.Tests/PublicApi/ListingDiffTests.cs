namespace Seedance.Packaging.Tests.PublicApi;

/// <summary>The diff the approval test prints: only what changed, under the type it belongs to.</summary>
public sealed class ListingDiffTests
{
    private const string Approved = """
        namespace N
          public sealed class A
            public A();
            public void Run();
          public sealed class B
            public B();

        """;

    [Fact]
    public void A_new_interface_is_one_declaration_pair_not_the_whole_type_again()
    {
        var actual = Approved.Replace("public sealed class A\n", "public sealed class A : System.IDisposable\n", StringComparison.Ordinal);

        var diff = ListingDiff.Describe(Approved, actual).Split('\n');

        Assert.Equal(
            ["namespace N / public sealed class A", "- declared as: public sealed class A", "+ declared as: public sealed class A : System.IDisposable"],
            diff);
    }

    [Fact]
    public void A_changed_member_shows_under_its_type_as_removed_and_added()
    {
        var actual = Approved.Replace("public void Run();", "public void Run(int times);", StringComparison.Ordinal);

        var diff = ListingDiff.Describe(Approved, actual).Split('\n');

        Assert.Equal(["namespace N / public sealed class A", "- public void Run();", "+ public void Run(int times);"], diff);
    }

    [Fact]
    public void Equal_listings_have_no_diff() => Assert.Equal("", ListingDiff.Describe(Approved, Approved));
}
