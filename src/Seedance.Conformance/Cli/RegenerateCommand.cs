using System.CommandLine;
using Seedance.Conformance.Generator;
using Seedance.Conformance.Specs;

namespace Seedance.Conformance.Cli;

/// <summary><c>regenerate-recordings</c>: rewrites the generated recordings from <c>specs/</c> in the source tree (docs/conformance.md).</summary>
internal static class RegenerateCommand
{
    /// <summary>The subcommand.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("regenerate-recordings", "rewrite the generated recordings from specs/ (run inside the repository)");
        command.SetAction(_ => Regenerate(output, error));
        return command;
    }

    private static int Regenerate(TextWriter output, TextWriter error)
    {
        var paths = ConformancePaths.SourceTree();
        if (paths is null)
        {
            error.WriteLine("regenerate-recordings must run inside the repository (no Seedance.Contracts.sln above the current directory).");
            return ConformanceCli.UsageError;
        }
        var generated = RecordingGenerator.Generate(SpecSet.Load(paths.SpecsDirectory));
        var changed = generated.WriteTo(paths.RecordingsDirectory);
        output.WriteLine($"{generated.Files.Count} generated recording files under {paths.RecordingsDirectory}; {changed.Count} written or removed.");
        foreach (var path in changed) output.WriteLine("  " + path);
        return ConformanceCli.Success;
    }
}
