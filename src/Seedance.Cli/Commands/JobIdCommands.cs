using System.CommandLine;
using Seedance.Cli.Output;

namespace Seedance.Cli.Commands;

/// <summary><c>status</c>, <c>wait</c>, <c>download</c> and <c>cancel</c>: the commands that take a saved job id.</summary>
internal static class JobIdCommands
{
    public static Command Status(CliConsole console)
    {
        var (command, target, id) = Base("status", "read a job's status once");
        command.SetAction((parse, cancellationToken) =>
        {
            var to = target.Read(parse);
            return CommandRun.GuardAsync(console, to.Json, cancellationToken, async secrets =>
            {
                using var client = to.CreateClient(console, secrets);
                var status = await client.GetStatusAsync(parse.GetValue(id)!, cancellationToken).ConfigureAwait(false);
                await console.Out.WriteLineAsync(to.Json ? JsonShapes.Line(JsonShapes.Status(status)) : StatusText.Describe(status)).ConfigureAwait(false);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    public static Command Wait(CliConsole console)
    {
        var (command, target, id) = Base("wait", "wait for a job to end (Ctrl+C stops waiting, not the job)");
        var download = new Option<string>("--download") { Description = "when the job succeeds, save the video to FILE", HelpName = "FILE" };
        var wait = new WaitSettings.Options();
        command.Options.Add(download);
        wait.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var to = target.Read(parse);
            return CommandRun.GuardAsync(console, to.Json, cancellationToken, async secrets =>
            {
                using var client = to.CreateClient(console, secrets);
                var job = client.GetJob(parse.GetValue(id)!);
                return await JobFlow.WaitAsync(job, to, wait.Read(parse), parse.GetValue(download), console, cancellationToken).ConfigureAwait(false);
            });
        });
        return command;
    }

    public static Command Download(CliConsole console)
    {
        var (command, target, id) = Base("download", "save a finished job's video to FILE (a fresh URL is fetched when the old one expired)");
        var file = new Argument<string>("FILE") { Description = "where to save the video (written whole or not at all)" };
        command.Arguments.Add(file);
        command.SetAction((parse, cancellationToken) =>
        {
            var to = target.Read(parse);
            return CommandRun.GuardAsync(console, to.Json, cancellationToken, async secrets =>
            {
                using var client = to.CreateClient(console, secrets);
                var job = client.GetJob(parse.GetValue(id)!);
                return await JobFlow.DownloadAsync(job, to, parse.GetValue(file)!, console, cancellationToken).ConfigureAwait(false);
            });
        });
        return command;
    }

    public static Command Cancel(CliConsole console)
    {
        var (command, target, id) = Base("cancel", "ask the provider to cancel a job (Seedance2.ink only: the others document no cancel call)");
        command.SetAction((parse, cancellationToken) =>
        {
            var to = target.Read(parse);
            return CommandRun.GuardAsync(console, to.Json, cancellationToken, async secrets =>
            {
                using var client = to.CreateClient(console, secrets);
                // The SDK refuses too (SeedanceNotSupportedException); asking first gives the clearer message.
                if (!client.Capabilities.Cancel)
                {
                    throw new Contracts.Errors.SeedanceNotSupportedException(to.Provider, "cancel",
                        $"It documents no cancel call, so the job keeps running; only {string.Join(", ", Contracts.Capabilities.All.Where(c => c.Cancel).Select(c => c.Provider))} can cancel.");
                }
                var status = await client.CancelAsync(parse.GetValue(id)!, cancellationToken).ConfigureAwait(false);
                await console.Out.WriteLineAsync(to.Json ? JsonShapes.Line(JsonShapes.Status(status)) : StatusText.Describe(status)).ConfigureAwait(false);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static (Command Command, JobTargetOptions Target, Argument<string> Id) Base(string name, string description)
    {
        var target = new JobTargetOptions();
        var id = new Argument<string>("ID") { Description = "the job id submit printed" };
        var command = new Command(name, description) { id };
        target.AddTo(command);
        return (command, target, id);
    }
}
