using System.Diagnostics;
using static Seedance.Conformance.Tests.ConformanceSupport;

namespace Seedance.Conformance.Tests;

/// <summary>
/// <c>tools/spec-diff.sh</c> in a throwaway git repository: nothing to compare on a fresh clone,
/// Optic's verdict on a breaking and a compatible spec edit (skipped where Optic is not installed;
/// CI installs it with the other npm tools).
/// </summary>
public class SpecDiffScriptTests
{
    private static readonly string RepoRoot = Path.GetFullPath(Path.Combine(Paths.SpecsDirectory, ".."));

    [OpticFact]
    public async Task A_fresh_clone_has_nothing_to_compare_and_an_edit_is_classified_by_Optic()
    {
        var repo = TestSupport.TempRoot();
        Directory.CreateDirectory(Path.Combine(repo, "tools"));
        Directory.CreateDirectory(Path.Combine(repo, "specs"));
        File.Copy(Path.Combine(RepoRoot, "tools", "spec-diff.sh"), Path.Combine(repo, "tools", "spec-diff.sh"));
        File.CreateSymbolicLink(Path.Combine(repo, "tools", "node_modules"), Path.Combine(RepoRoot, "tools", "node_modules"));
        var spec = Path.Combine(repo, "specs", "seedance2-ink.yaml");
        File.Copy(Path.Combine(Paths.SpecsDirectory, "seedance2-ink.yaml"), spec);
        File.WriteAllText(Path.Combine(repo, ".gitignore"), "tools/node_modules\n");
        await RunAsync(repo, "git", "init", "-q", "-b", "main");
        await RunAsync(repo, "git", "add", "-A");
        await RunAsync(repo, "git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "first");

        var (exit, output) = await RunAsync(repo, "bash", "tools/spec-diff.sh");
        Assert.Equal(0, exit);
        Assert.Contains("nothing to compare", output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(repo, "README.md"), "second\n");
        await RunAsync(repo, "git", "add", "-A");
        await RunAsync(repo, "git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "second");
        (exit, output) = await RunAsync(repo, "bash", "tools/spec-diff.sh");
        Assert.Contains("specs/ unchanged since", output, StringComparison.Ordinal);

        var original = File.ReadAllText(spec);
        const string Required = "required: [success, requestId, status]";
        Assert.Contains(Required, original, StringComparison.Ordinal);
        File.WriteAllText(spec, ReplaceFirst(original, Required, "required: [success, status]"));
        (exit, output) = await RunAsync(repo, "bash", "tools/spec-diff.sh");
        Assert.Equal(0, exit);
        Assert.Contains("cannot make required response property 'requestId' optional", output, StringComparison.Ordinal);
        Assert.Contains("1 changed spec(s) since", output, StringComparison.Ordinal);
        Assert.Contains("1 with breaking changes", output, StringComparison.Ordinal);

        // Making an optional response property required is safe for readers.
        File.WriteAllText(spec, ReplaceFirst(original, Required, "required: [success, requestId, status, creditsCharged]"));
        (exit, output) = await RunAsync(repo, "bash", "tools/spec-diff.sh");
        Assert.Equal(0, exit);
        Assert.Contains("0 with breaking changes", output, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    private static async Task<(int Exit, string Output)> RunAsync(string directory, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout + await stderr;
        Assert.True(file != "git" || process.ExitCode == 0, $"git {string.Join(' ', args)}: {output}");
        return (process.ExitCode, output);
    }
}

/// <summary>A fact that needs Optic from <c>tools/node_modules</c> (<c>.ci/install-tools.sh</c>) and git.</summary>
public sealed class OpticFactAttribute : FactAttribute
{
    public OpticFactAttribute()
    {
        var root = ConformancePaths.SourceTree(AppContext.BaseDirectory);
        var optic = root is null ? null : Path.Combine(root.SpecsDirectory, "..", "tools", "node_modules", ".bin", "optic");
        if (optic is null || !File.Exists(optic)) Skip = "Optic is not installed (npm ci --prefix tools)";
    }
}
