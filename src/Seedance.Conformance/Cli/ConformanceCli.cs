using Seedance.Conformance.Generator;
using Seedance.Conformance.Specs;

namespace Seedance.Conformance.Cli;

/// <summary>The runner's command line: parses arguments and runs the requested command.</summary>
public static class ConformanceCli
{
    /// <summary>Runs the runner; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, ConformanceEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "regenerate-recordings")
        {
            return Regenerate(output, error);
        }
        await Task.CompletedTask.ConfigureAwait(false);
        return 2;
    }

    private static int Regenerate(TextWriter output, TextWriter error)
    {
        var paths = ConformancePaths.SourceTree();
        if (paths is null)
        {
            error.WriteLine("regenerate-recordings must run inside the repository (no Seedance.Contracts.sln above the current directory).");
            return 2;
        }
        var generated = RecordingGenerator.Generate(SpecSet.Load(paths.SpecsDirectory));
        var changed = generated.WriteTo(paths.RecordingsDirectory);
        output.WriteLine($"{generated.Files.Count} generated recording files under {paths.RecordingsDirectory}; {changed.Count} written or removed.");
        foreach (var path in changed) output.WriteLine("  " + path);
        return 0;
    }
}
