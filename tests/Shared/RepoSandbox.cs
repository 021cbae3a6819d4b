namespace Seedance.Testing;

/// <summary>
/// A throwaway copy of part of the checkout (chosen root files and folders; no bin/ or obj/), so a test
/// can run real <c>dotnet</c> commands without touching the checkout. Shared by the end-to-end build and
/// packaging tests (linked from tests/Shared).
/// </summary>
internal sealed class RepoSandbox : IDisposable
{
    private RepoSandbox(string root) => Root = root;

    /// <summary>The sandbox directory.</summary>
    public string Root { get; }

    /// <summary>Copies <paramref name="rootFiles"/>, any repo-level nuget.config and <paramref name="folders"/> from <paramref name="repoRoot"/>.</summary>
    public static RepoSandbox Create(string repoRoot, string prefix, IEnumerable<string> rootFiles, IEnumerable<string> folders)
    {
        var sandbox = new RepoSandbox(Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")[..12]));
        try
        {
            Directory.CreateDirectory(sandbox.Root);
            foreach (var file in rootFiles.Concat(NuGetConfigs(repoRoot))) File.Copy(Path.Combine(repoRoot, file), Path.Combine(sandbox.Root, file));
            foreach (var folder in folders) CopyTree(Path.Combine(repoRoot, folder), Path.Combine(sandbox.Root, folder));
            return sandbox;
        }
        catch
        {
            sandbox.Dispose();
            throw;
        }
    }

    /// <summary>
    /// An empty folder to pass as the only restore source: restore must then be served by the global
    /// packages folder the test project itself was restored into, so the test needs no network.
    /// </summary>
    public string EmptyFeed() => Directory.CreateDirectory(Path.Combine(Root, "no-feed")).FullName;

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a leftover temp folder is harmless and must not hide the test's own outcome
        }
    }

    // A repo-level nuget.config (any casing) can move the global packages folder restore reads from.
    private static IEnumerable<string> NuGetConfigs(string repoRoot) =>
        Directory.GetFiles(repoRoot)
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
