using System.Reflection;
using Xunit.Sdk;

namespace Seedance.Packaging.Tests.PublicApi;

/// <summary>
/// Each shipped assembly's public surface must equal its approved listing in <c>api/</c>. A change to
/// the API (a handwritten one, or a spec edit that changes a generated client) fails here until the
/// listing is updated, so the change is reviewed as a diff of <c>api/*.txt</c> in the same commit.
/// <c>SEEDANCE_UPDATE_API=1</c> rewrites the listings instead (docs/public-api.md).
/// </summary>
public sealed class PublicApiApprovalTests
{
    private const string UpdateVariable = "SEEDANCE_UPDATE_API";

    /// <summary>The assemblies with a supported API (Seedance.CodeGen ships as support only and is not listed).</summary>
    public static readonly string[] Listed = ["Seedance.Generated", "Seedance.Contracts", "Seedance.Conformance"];

    public static TheoryData<string> Assemblies() => new(Listed);

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Public_api_matches_the_approved_listing(string name)
    {
        var actual = PublicApiListing.Write(Assembly.Load(name));
        var path = Path.Combine(RepoRoot.Path, "api", name + ".txt");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            // A CI run that rewrote the listing would approve whatever it built.
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"{UpdateVariable}=1 is refused under CI=true: the listing is approved by a person, in a commit");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"api/{name}.txt is missing; run `{UpdateVariable}=1 dotnet test tests/Seedance.Packaging.Tests --filter PublicApi` and commit it");
        var approved = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (approved == actual) return;

        throw new XunitException($"""
            The public API of {name} differs from api/{name}.txt.
            If the change is intended, run `{UpdateVariable}=1 dotnet test tests/Seedance.Packaging.Tests --filter PublicApi` and commit the listing with it.
            {ListingDiff.Describe(approved, actual)}
            """);
    }

    [Fact]
    public void Every_listing_in_api_belongs_to_a_listed_assembly()
    {
        var listed = Listed.Select(name => name + ".txt").ToHashSet(StringComparer.Ordinal);
        var files = Directory.GetFiles(Path.Combine(RepoRoot.Path, "api")).Select(Path.GetFileName).ToList();
        Assert.All(files, f => Assert.Contains(f!, listed));
    }
}
