namespace Seedance.CodeGen.Tests.EndToEnd;

/// <summary>
/// A throwaway copy of the part of the repo that builds <c>src/Seedance.Generated</c> (root props,
/// specs, the generator and the generated project), so a test can edit a spec and run a real
/// <c>dotnet build</c> without touching the checkout.
/// </summary>
internal sealed class BuildSandbox : IDisposable
{
    private static readonly string[] RootFiles = { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json" };
    private static readonly string[] Folders = { "specs", "tools/Seedance.CodeGen", "tools/Seedance.Generator", "src/Seedance.Generated" };

    // A first restore plus three compilations takes about ten seconds on two idle cores; the
    // margin is for a machine busy with other builds.
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private readonly RepoSandbox _copy;

    private BuildSandbox(RepoSandbox copy) => _copy = copy;

    public string Root => _copy.Root;

    public static BuildSandbox Create() => new(RepoSandbox.Create(RepoRoot.Path, "seedance-e2e-", RootFiles, Folders));

    public string SpecPath(string name) => Path.Combine(Root, "specs", name);

    /// <summary>Rewrites a copied spec (line endings normalised to \n first).</summary>
    public void EditSpec(string name, Func<string, string> edit)
    {
        var path = SpecPath(name);
        File.WriteAllText(path, edit(File.ReadAllText(path).ReplaceLineEndings("\n")));
    }

    /// <summary><c>dotnet build src/Seedance.Generated</c>, the command the README gives.</summary>
    public Task<DotnetRun> BuildAsync()
    {
        var noFeed = _copy.EmptyFeed();
        return DotnetCli.RunAsync(Root, new[]
        {
            "build", "src/Seedance.Generated", "-nologo", "-v:q",
            "-tl:off",                          // plain "file(line,col): error ..." lines
            "-nodeReuse:false",
            "-p:UseSharedCompilation=false",    // no compiler server left running after the test
            "-p:NuGetAudit=false",              // the vulnerability feed is online only
            "-p:RestoreSources=" + noFeed,
        }, BuildTimeout);
    }

    /// <summary>
    /// Appends symbols to the copy's <c>src/Seedance.Generated/PublicAPI.Unshipped.txt</c>: what
    /// <c>dotnet format analyzers ... --diagnostics RS0016</c> does to approve them (docs/public-api.md),
    /// without its minute-long workspace load.
    /// </summary>
    public void ApprovePublicApi(IEnumerable<string> symbols) =>
        File.AppendAllLines(Path.Combine(Root, "src", "Seedance.Generated", "PublicAPI.Unshipped.txt"), symbols);

    /// <summary>The text of one file the generator emitted (EmitCompilerGeneratedFiles), in any configuration.</summary>
    public string GeneratedFile(string hintName)
    {
        var obj = Path.Combine(Root, "src", "Seedance.Generated", "obj");
        var matches = Directory.Exists(obj)
            ? Directory.GetFiles(obj, hintName, SearchOption.AllDirectories).Where(p => p.Contains($"{Path.DirectorySeparatorChar}generated{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList()
            : new List<string>();
        Assert.True(matches.Count == 1, $"expected one emitted {hintName} under {obj}, found {matches.Count}");
        return File.ReadAllText(matches[0]);
    }

    /// <summary>The Seedance.Generated.dll the build produced, in any configuration.</summary>
    public string BuiltAssembly()
    {
        var bin = Path.Combine(Root, "src", "Seedance.Generated", "bin");
        var matches = Directory.Exists(bin) ? Directory.GetFiles(bin, "Seedance.Generated.dll", SearchOption.AllDirectories) : Array.Empty<string>();
        Assert.True(matches.Length == 1, $"expected one Seedance.Generated.dll under {bin}, found {matches.Length}");
        return matches[0];
    }

    public void Dispose() => _copy.Dispose();
}
