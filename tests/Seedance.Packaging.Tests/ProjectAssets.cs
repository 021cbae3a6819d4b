using System.Globalization;
using System.Text.Json.Nodes;

namespace Seedance.Packaging.Tests;

/// <summary>A package NuGet resolved for a project, with the version it chose.</summary>
public sealed record ResolvedPackage(string Id, string Version)
{
    /// <summary>The major version: 8 for <c>8.0.2</c>, 10 for <c>10.0.0-rc.1</c>.</summary>
    public int Major => int.Parse(Version.Split('.', '-', '+')[0], CultureInfo.InvariantCulture);

    public override string ToString() => $"{Id} {Version}";
}

/// <summary>
/// What restore wrote to a project's <c>obj/project.assets.json</c>: the packages it resolved for a target
/// framework after every transitive "at least this version" was applied, which is what the app runs with.
/// </summary>
internal static class ProjectAssets
{
    public static IReadOnlyList<ResolvedPackage> Packages(string projectDirectory, string targetFramework)
    {
        var path = Path.Combine(projectDirectory, "obj", "project.assets.json");
        Assert.True(File.Exists(path), $"restore wrote no {path}");
        var target = JsonNode.Parse(File.ReadAllText(path))!["targets"]?[targetFramework]?.AsObject();
        Assert.True(target is not null, $"{path} has no target {targetFramework}");
        return target
            .Where(entry => (string?)entry.Value?["type"] == "package")
            .Select(entry => entry.Key.Split('/', 2))
            .Select(parts => new ResolvedPackage(parts[0], parts[1]))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
    }
}
