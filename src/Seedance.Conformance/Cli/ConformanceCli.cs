using System.CommandLine;
using System.CommandLine.Invocation;
using Seedance.Conformance.Running;

namespace Seedance.Conformance.Cli;

/// <summary>The runner's command line (System.CommandLine): parses arguments and runs the requested command.</summary>
public static class ConformanceCli
{
    /// <summary>Exit code: every scenario passed (or was skipped) and the coverage is complete.</summary>
    public const int Success = 0;

    /// <summary>Exit code: a scenario failed, or the coverage is incomplete.</summary>
    public const int Failures = 1;

    /// <summary>Exit code: bad arguments or unreadable inputs.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the runner; returns the process exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where the table, the coverage and the help text go.</param>
    /// <param name="error">Where usage errors go.</param>
    /// <param name="environment">Where live keys are read from.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, ConformanceEnvironment environment, CancellationToken cancellationToken) =>
        RunAsync(args, output, error, environment, null, cancellationToken);

    /// <summary>Runs the runner with in-process <paramref name="hooks"/> (logger, stub-server key, exception observer); returns the process exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where the table, the coverage and the help text go.</param>
    /// <param name="error">Where usage errors go.</param>
    /// <param name="environment">Where live keys are read from.</param>
    /// <param name="hooks">What a test plugs in; null for none (the command line's behaviour).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, ConformanceEnvironment environment, ConformanceHooks? hooks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(environment);

        var root = RunnerCommand.Create(output, error, environment, hooks);
        root.Subcommands.Add(DriftCommand.Create(output, error));
        root.Subcommands.Add(RegenerateCommand.Create(output, error));
        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            // System.CommandLine's own error action exits 1, which here means "a scenario failed":
            // bad arguments keep their documented exit code 2.
            foreach (var problem in parsed.Errors) error.WriteLine(problem.Message);
            error.WriteLine("Run with --help for the commands and options.");
            return UsageError;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // Exceptions reach the caller as before (tests observe them); Ctrl+C ends the process as before.
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        }, cancellationToken).ConfigureAwait(false);
    }
}
