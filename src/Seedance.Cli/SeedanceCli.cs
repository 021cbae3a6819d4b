using System.CommandLine;
using System.CommandLine.Invocation;
using Seedance.Cli.Commands;
using Seedance.Conformance.Cli;
using Seedance.Emulator.Hosting;

namespace Seedance.Cli;

/// <summary>The <c>seedance</c> command line (docs/cli.md): parses the arguments and runs the command.</summary>
internal static class SeedanceCli
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);

        // These two are other programs' command lines, taken over whole so their options and exit codes stay
        // exactly theirs (the conformance runner's, the emulator's): everything after the name is theirs.
        if (args is ["conformance", .. var runner])
            return await ConformanceCli.RunAsync(runner, console.Out, console.Error, console.Environment, cancellationToken).ConfigureAwait(false);
        if (args is ["emulator", .. var emulator])
            return await RunEmulatorAsync(emulator, console, cancellationToken).ConfigureAwait(false);

        var root = new RootCommand("seedance: Seedance video jobs on CometAPI, AceData Cloud and Seedance2.ink, or on the offline emulator (docs/cli.md).")
        {
            SubmitCommand.Create(console),
            JobIdCommands.Status(console),
            JobIdCommands.Wait(console),
            JobIdCommands.Download(console),
            JobIdCommands.Cancel(console),
            ModelsCommand.Create(console),
            ValidateCommand.Create(console),
            // Listed for --help; RunAsync hands their arguments over before parsing.
            new Command("conformance", "run the conformance suite (the runner's options: seedance conformance --help)"),
            new Command("emulator", "start the offline emulator of the four APIs (seedance emulator --help)"),
        };
        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            // System.CommandLine's own error action exits 1, which here means "the job failed".
            foreach (var problem in parsed.Errors) await console.Error.WriteLineAsync(problem.Message).ConfigureAwait(false);
            await console.Error.WriteLineAsync("Run with --help for the commands and options.").ConfigureAwait(false);
            return ExitCodes.InvalidRequest;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
            // Program.cs owns Ctrl+C: the first one cancels the token, so a wait can print how to resume.
            ProcessTerminationTimeout = null,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> RunEmulatorAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        try
        {
            return await EmulatorCommandLine.RunAsync(args, console.Out, console.Error, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            // Kestrel's bind failure: most often an emulator already running on the default ports.
            await console.Error.WriteLineAsync($"error: {e.Message} Is an emulator already running? --port N uses N..N+3; --port 0 picks free ports.").ConfigureAwait(false);
            return ExitCodes.ProviderError;
        }
    }
}
