using Seedance.Cli.Output;

namespace Seedance.Cli.Commands;

/// <summary>
/// Runs a command's body and turns the failures the tool documents into their exit code and message
/// (stderr lines, or one JSON error object on stdout with <c>--json</c>), scrubbed of every key the run read.
/// </summary>
internal static class CommandRun
{
    public static async Task<int> GuardAsync(CliConsole console, bool json, CancellationToken cancellationToken, Func<SecretScrubber, Task<int>> body)
    {
        var secrets = new SecretScrubber();
        try
        {
            return await body(secrets).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("Interrupted.").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        catch (Exception exception) when (ErrorReport.From(exception, secrets) is { } report)
        {
            if (json)
            {
                await console.Out.WriteLineAsync(JsonShapes.Line(JsonShapes.Error(report))).ConfigureAwait(false);
            }
            else
            {
                foreach (var line in report.Lines()) await console.Error.WriteLineAsync(line).ConfigureAwait(false);
            }
            return report.ExitCode;
        }
    }
}
