using System.Xml.Linq;
using Xunit.Abstractions;

namespace Seedance.Packaging.Tests;

/// <summary>
/// The packages as NuGet sees them: metadata a consumer reads, dependencies that resolve (a package
/// depending on a project that is never packed cannot be restored), and the files the suite needs.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed class PackageContentTests(PackagesFixture packages, ITestOutputHelper output)
{
    public static TheoryData<string> Ids() => new(PackagesFixture.Ids);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Metadata_describes_the_package_and_carries_the_readme(string id)
    {
        packages.Log(output);
        var nuspec = Nuspec.Read(packages.PackagePath(id));

        Assert.Equal(id, nuspec.Id);
        Assert.Equal(RepoVersionPrefix(), nuspec.Version);
        Assert.True(nuspec.Description.Length >= 40 && nuspec.Description != "Package Description", $"{id}: description '{nuspec.Description}'");
        Assert.NotEqual(id, nuspec.Authors); // the SDK's default when Authors is unset
        Assert.Contains("seedance", nuspec.Tags.Split(' '));
        Assert.Equal("README.md", nuspec.Readme);
        Assert.Contains("README.md", nuspec.Entries);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_package_carries_its_own_readme_not_the_repository_one(string id)
    {
        var nuspec = Nuspec.Read(packages.PackagePath(id));
        var own = File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "packages", id + ".md")).ReplaceLineEndings("\n");

        var packed = nuspec.ReadText(nuspec.Readme);
        Assert.True(packed == own, $"{id}: the packed {nuspec.Readme} is not docs/packages/{id}.md; it starts with: {packed[..Math.Min(200, packed.Length)]}");
        Assert.StartsWith($"# {id}\n", packed, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void License_and_repository_are_declared(string id)
    {
        var nuspec = Nuspec.Read(packages.PackagePath(id));
        var repositoryUrl = RepoProperty("SeedanceRepositoryUrl");

        Assert.Equal(("expression", "MIT"), nuspec.License);
        Assert.StartsWith("https://", repositoryUrl, StringComparison.Ordinal);
        Assert.Equal("git", nuspec.Repository.Type);
        Assert.Equal(repositoryUrl, nuspec.Repository.Url);
        Assert.Equal(repositoryUrl, nuspec.ProjectUrl);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_dependency_is_a_shipped_package_or_a_centrally_pinned_one(string id)
    {
        var nuspec = Nuspec.Read(packages.PackagePath(id));
        var pinned = CentralVersions();

        // A .NET tool carries its dependencies inside (tools/<tfm>/any/); the SDK packs it with none declared.
        if (nuspec.PackageTypes.Contains("DotnetTool"))
        {
            Assert.Empty(nuspec.Dependencies);
            return;
        }
        Assert.NotEmpty(nuspec.Dependencies);
        foreach (var dependency in nuspec.Dependencies)
        {
            if (dependency.Id.StartsWith("Seedance.", StringComparison.Ordinal))
            {
                Assert.True(PackagesFixture.Ids.Contains(dependency.Id), $"{id} depends on {dependency.Id}, which is not packed: consumers could not restore it");
                Assert.Equal(nuspec.Version, dependency.Version);
            }
            else
            {
                Assert.True(pinned.TryGetValue(dependency.Id, out var version), $"{id} depends on {dependency.Id}, which Directory.Packages.props does not pin");
                Assert.Equal(version, dependency.Version);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_package_has_a_symbols_package(string id)
    {
        var nupkg = packages.PackagePath(id);
        Assert.True(File.Exists(Path.ChangeExtension(nupkg, ".snupkg")), $"no symbols package beside {Path.GetFileName(nupkg)}");
    }

    [Fact]
    public void The_cli_is_a_dotnet_tool_named_seedance_that_carries_the_recordings_and_specs()
    {
        var nuspec = Nuspec.Read(packages.PackagePath("Seedance.Cli"));

        Assert.Equal(["DotnetTool"], nuspec.PackageTypes);
        Assert.Contains("<Command Name=\"seedance\"", nuspec.ReadText("tools/net10.0/any/DotnetToolSettings.xml"), StringComparison.Ordinal);
        Assert.Contains("tools/net10.0/any/Recordings/coverage-skips.json", nuspec.Entries);
        Assert.Equal(4, nuspec.Entries.Count(e => e.StartsWith("tools/net10.0/any/specs/", StringComparison.Ordinal) && e.EndsWith(".yaml", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_generated_clients_ship_compiled_and_the_generator_does_not_ship()
    {
        var generated = Nuspec.Read(packages.PackagePath("Seedance.Generated"));

        Assert.Contains("lib/net8.0/Seedance.Generated.dll", generated.Entries);
        Assert.DoesNotContain(generated.Entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal));
        Assert.DoesNotContain(generated.Dependencies, d => d.Id == "Seedance.Generator");
        Assert.Empty(Directory.GetFiles(packages.Feed, "Seedance.Generator.*"));
    }

    [Fact]
    public void The_conformance_package_carries_every_recording_and_spec_as_output_content()
    {
        var nuspec = Nuspec.Read(packages.PackagePath("Seedance.Conformance"));
        var recordings = Path.Combine(RepoRoot.Path, "src", "Seedance.Conformance", "Recordings");
        var expected = Directory.GetFiles(recordings, "*", SearchOption.AllDirectories)
            .Select(f => "any/any/Recordings/" + Path.GetRelativePath(recordings, f).Replace('\\', '/'))
            // specs/.spectral.yaml is lint configuration, not a spec (the project excludes dot files).
            .Concat(Directory.GetFiles(Path.Combine(RepoRoot.Path, "specs"), "*.yaml").Select(Path.GetFileName)
                .Where(name => !name!.StartsWith('.')).Select(name => "any/any/specs/" + name))
            .Order(StringComparer.Ordinal)
            .ToList();

        var content = nuspec.ContentFiles;
        Assert.All(content, c => Assert.True(c.CopyToOutput, $"{c.Include} is not copied to the consumer's output"));
        Assert.Equal(expected, content.Select(c => c.Include).Order(StringComparer.Ordinal).ToList());
        Assert.All(expected, e => Assert.Contains("contentFiles/" + e, nuspec.Entries));
    }

    private static string RepoVersionPrefix() => RepoProperty("VersionPrefix");

    /// <summary>A property Directory.Build.props defines once.</summary>
    private static string RepoProperty(string name)
    {
        var props = XDocument.Load(Path.Combine(RepoRoot.Path, "Directory.Build.props"));
        return props.Descendants().Single(e => e.Name.LocalName == name).Value;
    }

    private static Dictionary<string, string> CentralVersions()
    {
        var props = XDocument.Load(Path.Combine(RepoRoot.Path, "Directory.Packages.props"));
        return props.Descendants().Where(e => e.Name.LocalName == "PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);
    }
}
