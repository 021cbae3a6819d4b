// The `seedance` tool (docs/cli.md). All logic lives in SeedanceCli so tests run it in process with
// their own console, environment and cancellation.
using Seedance.Cli;

using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops waiting (the command prints how to resume); a second one ends the process as usual.
    if (interrupt.IsCancellationRequested) return;
    e.Cancel = true;
    interrupt.Cancel();
};
return await SeedanceCli.RunAsync(args, CliConsole.FromProcess(), interrupt.Token);

/// <summary>The tool's entry point (internal, as in Seedance.Conformance).</summary>
internal partial class Program;
