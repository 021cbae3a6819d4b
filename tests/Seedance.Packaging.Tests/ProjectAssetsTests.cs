namespace Seedance.Packaging.Tests;

/// <summary>
/// The reader the net8.0 no-lift check relies on: packages only (not the project references restore also
/// lists), and the major version of release and pre-release versions alike, so a 10.x package cannot pass
/// for an 8.x one.
/// </summary>
public sealed class ProjectAssetsTests : IDisposable
{
    private readonly string _project = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "seedance-assets-" + Guid.NewGuid().ToString("N")[..12])).FullName;

    [Fact]
    public void Reads_the_packages_resolved_for_a_target_with_their_major_versions()
    {
        Directory.CreateDirectory(Path.Combine(_project, "obj"));
        File.WriteAllText(Path.Combine(_project, "obj", "project.assets.json"), """
            {
              "version": 3,
              "targets": {
                "net8.0": {
                  "Microsoft.Extensions.Logging.Abstractions/10.0.0-rc.1.25451.107": { "type": "package" },
                  "Microsoft.Extensions.Http/8.0.1": { "type": "package" },
                  "Seedance.Local/1.0.0": { "type": "project" }
                },
                "net10.0": { "Other/1.0.0": { "type": "package" } }
              }
            }
            """);

        var packages = ProjectAssets.Packages(_project, "net8.0");

        Assert.Equal(["Microsoft.Extensions.Http 8.0.1", "Microsoft.Extensions.Logging.Abstractions 10.0.0-rc.1.25451.107"], packages.Select(p => p.ToString()));
        Assert.Equal([8, 10], packages.Select(p => p.Major));
    }

    public void Dispose() => Directory.Delete(_project, recursive: true);
}
