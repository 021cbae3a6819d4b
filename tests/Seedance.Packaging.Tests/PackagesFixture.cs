using Xunit.Abstractions;
using Xunit.Sdk;

namespace Seedance.Packaging.Tests;

/// <summary>
/// Packing and a consumer build each take most of a core, so within this project they do not overlap
/// each other or the other tests. Other test projects may run beside them (dotnet test runs projects
/// in parallel); the timeouts leave room for that.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackagingCollection : ICollectionFixture<PackagesFixture>
{
    public const string Name = "packaging";
}

/// <summary>
/// Packs every packable project once, from a copy of the repo (so the checkout's bin/ and obj/ are never
/// touched), with the command docs/packaging.md gives. The tests then read the packages and consume them.
/// </summary>
public sealed class PackagesFixture : IAsyncLifetime
{
    /// <summary>The packages that ship, in dependency order. Changing this list is a product decision.</summary>
    public static readonly string[] Ids = ["Seedance.CodeGen", "Seedance.Generated", "Seedance.Contracts", "Seedance.Contracts.AspNetCore", "Seedance.Emulator", "Seedance.Testing", "Seedance.Conformance", "Seedance.Cli"];

    // Release builds of eight projects (the generator runs over four specs) take about a minute on two
    // idle cores; the margin is for a machine busy with other builds.
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);

    private static readonly string[] RootFiles = ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json"];
    private static readonly string[] Folders = ["specs", "tools/Seedance.CodeGen", "tools/Seedance.Generator", "src", "docs/packages"];

    private RepoSandbox? _sandbox;

    /// <summary>The sandbox holding the repo copy, the feed and the consumer.</summary>
    public string Root => (_sandbox ?? throw new InvalidOperationException("not initialized")).Root;

    /// <summary>The folder the packages were written to (a local NuGet feed).</summary>
    public string Feed => Path.Combine(Root, "feed");

    /// <summary>The pack command's output, for a failure message.</summary>
    public string PackOutput { get; private set; } = "";

    /// <summary>The pack command's exit code.</summary>
    public int PackExitCode { get; private set; } = -1;

    /// <summary>An empty restore source (the global packages folder serves every restore; no network).</summary>
    public string EmptyFeed() => _sandbox!.EmptyFeed();

    public async Task InitializeAsync()
    {
        _sandbox = RepoSandbox.Create(RepoRoot.Path, "seedance-pack-", RootFiles, Folders);
        // The shipped projects only: packing the real solution would also build every test project.
        await File.WriteAllTextAsync(Path.Combine(Root, "Packages.slnx"),
            "<Solution>\n" + string.Concat(Projects().Select(p => $"  <Project Path=\"{p}\" />\n")) + "</Solution>\n");

        var run = await DotnetCli.RunAsync(Root,
        [
            "pack", "Packages.slnx", "-c", "Release", "-o", Feed, "-nologo", "-v:q", "-tl:off", "-nodeReuse:false",
            "-p:UseSharedCompilation=false",    // no compiler server left running after the test
            "-p:NuGetAudit=false",              // the vulnerability feed is online only
            "-p:RestoreSources=" + EmptyFeed(),
        ], PackTimeout);
        PackExitCode = run.ExitCode;
        PackOutput = run.Output;
    }

    /// <summary>Fails with the pack output unless packing succeeded.</summary>
    public void AssertPacked()
    {
        if (PackExitCode != 0) throw new XunitException($"dotnet pack exited with {PackExitCode}:\n{PackOutput}");
    }

    /// <summary>The .nupkg of <paramref name="id"/>.</summary>
    public string PackagePath(string id)
    {
        AssertPacked();
        var matches = Directory.GetFiles(Feed, id + ".*.nupkg").Where(p => IsVersionOf(Path.GetFileName(p), id, ".nupkg")).ToList();
        Assert.True(matches.Count == 1, $"expected one {id} package in {Feed}, found {matches.Count}");
        return matches[0];
    }

    /// <summary>True when <paramref name="file"/> is <c>id.&lt;version&gt;&lt;extension&gt;</c> (not a longer id sharing the prefix).</summary>
    public static bool IsVersionOf(string file, string id, string extension) =>
        file.StartsWith(id + ".", StringComparison.Ordinal) && file.EndsWith(extension, StringComparison.Ordinal)
        && char.IsAsciiDigit(file[id.Length + 1]);

    public void Log(ITestOutputHelper output) => output.WriteLine($"pack: exit {PackExitCode}; feed: {string.Join(", ", Directory.Exists(Feed) ? Directory.GetFiles(Feed).Select(Path.GetFileName) : [])}");

    public Task DisposeAsync()
    {
        _sandbox?.Dispose();
        return Task.CompletedTask;
    }

    private static IEnumerable<string> Projects()
    {
        yield return "tools/Seedance.Generator/Seedance.Generator.csproj";
        foreach (var id in Ids)
        {
            var folder = id == "Seedance.CodeGen" ? "tools" : "src";
            yield return $"{folder}/{id}/{id}.csproj";
        }
    }
}
