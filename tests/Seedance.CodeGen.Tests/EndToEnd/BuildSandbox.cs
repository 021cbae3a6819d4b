namespace Seedance.CodeGen.Tests.EndToEnd;

/// <summary>
/// A throwaway copy of the part of the repo that builds <c>src/Seedance.Generated</c> (root props,
/// specs, the generator and the generated project; no bin/ or obj/), so a test can edit a spec and
/// run a real <c>dotnet build</c> without touching the checkout.
/// </summary>
internal sealed class BuildSandbox : IDisposable
{
    private static readonly string[] RootFiles = { "Directory.Build.props", "Directory.Packages.props", "global.json" };
    private static readonly string[] Folders = { "specs", "tools/Seedance.CodeGen", "tools/Seedance.Generator", "src/Seedance.Generated" };

    // A first restore plus three compilations takes about ten seconds on two idle cores; the
    // margin is for a machine busy with other builds.
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private BuildSandbox(string root) => Root = root;

    public string Root { get; }

    public static BuildSandbox Create()
    {
        var root = Path.Combine(Path.GetTempPath(), "seedance-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        var sandbox = new BuildSandbox(root);
        try
        {
            Directory.CreateDirectory(root);
            foreach (var file in RootFiles.Concat(NuGetConfigs())) File.Copy(Path.Combine(RepoRoot.Path, file), Path.Combine(root, file));
            foreach (var folder in Folders) CopyTree(Path.Combine(RepoRoot.Path, folder), Path.Combine(root, folder));
            return sandbox;
        }
        catch
        {
            sandbox.Dispose();
            throw;
        }
    }

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
        // An empty folder as the only package source: restore must be served by the global packages
        // folder the test project itself was restored into, so the test needs no network.
        var noFeed = Directory.CreateDirectory(Path.Combine(Root, "no-feed")).FullName;
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

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a leftover temp folder is harmless and must not hide the test's own outcome
        }
    }

    // A repo-level nuget.config (any casing) can move the global packages folder restore reads from.
    private static IEnumerable<string> NuGetConfigs() =>
        Directory.GetFiles(RepoRoot.Path)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name.Equals("nuget.config", StringComparison.OrdinalIgnoreCase));

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from))
        {
            var name = Path.GetFileName(dir);
            if (name is "bin" or "obj") continue;
            CopyTree(dir, Path.Combine(to, name));
        }
    }
}
