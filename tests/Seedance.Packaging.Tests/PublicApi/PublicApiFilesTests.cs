namespace Seedance.Packaging.Tests.PublicApi;

/// <summary>
/// The build-time approval is wired up for every shipped assembly: its project opts in to
/// PublicApiAnalyzers and has both PublicAPI files, each tracking nullable annotations (so dropping a
/// <c>?</c> is an API change too). The analyzer itself fails the build on a mismatch (RS0016/RS0017);
/// this only guards against a project silently falling out of the check (docs/public-api.md).
/// </summary>
public sealed class PublicApiFilesTests
{
    [Theory]
    [MemberData(nameof(ShippedAssemblies.All), MemberType = typeof(ShippedAssemblies))]
    public void Shipped_project_approves_its_public_api_with_nullable_tracking(string name)
    {
        var dir = Path.Combine(RepoRoot.Path, "src", name);
        Assert.Contains("<ApprovePublicApi>true</ApprovePublicApi>", File.ReadAllText(Path.Combine(dir, name + ".csproj")));
        foreach (var file in new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" })
        {
            var path = Path.Combine(dir, file);
            Assert.True(File.Exists(path), $"src/{name}/{file} is missing");
            Assert.Equal("#nullable enable", File.ReadLines(path).First());
        }
    }
}
