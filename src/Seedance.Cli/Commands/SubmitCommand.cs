using System.CommandLine;
using Seedance.Cli.Output;

namespace Seedance.Cli.Commands;

/// <summary><c>submit</c>: validates and sends a request, prints the job id; <c>--wait</c> follows it to the end, <c>--download FILE</c> saves the video (and implies <c>--wait</c>).</summary>
internal static class SubmitCommand
{
    public static Command Create(CliConsole console)
    {
        var target = new JobTargetOptions();
        var request = new RequestOptions();
        var wait = new WaitSettings.Options();
        var waitFlag = new Option<bool>("--wait") { Description = "wait for the job to end, showing its status and progress" };
        var download = new Option<string>("--download") { Description = "when the job succeeds, save the video to FILE (implies --wait)", HelpName = "FILE" };
        var command = new Command("submit", "submit a video job (validated first: nothing is sent for an invalid request) and print its id");
        target.AddTo(command);
        request.AddTo(command);
        command.Options.Add(waitFlag);
        command.Options.Add(download);
        wait.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var to = target.Read(parse);
            return CommandRun.GuardAsync(console, to.Json, cancellationToken, async secrets =>
            {
                var videoRequest = request.Read(parse);
                using var client = to.CreateClient(console, secrets);
                var job = await client.SubmitAsync(videoRequest, cancellationToken).ConfigureAwait(false);
                var file = parse.GetValue(download);
                var follow = parse.GetValue(waitFlag) || file is not null;
                if (to.Json)
                {
                    if (!follow && job.LastStatus is { } submitted) await console.Out.WriteLineAsync(JsonShapes.Line(JsonShapes.Status(submitted))).ConfigureAwait(false);
                    else if (!follow) await console.Out.WriteLineAsync(JsonShapes.Line(new() { ["provider"] = job.Provider, ["id"] = job.Id })).ConfigureAwait(false);
                }
                else
                {
                    await console.Out.WriteLineAsync($"Submitted {job.Id} to {job.Provider}").ConfigureAwait(false);
                    if (!follow) await console.Out.WriteLineAsync($"Wait for it: seedance wait {StatusText.Quote(job.Id)}{to.CommandLineSuffix()}").ConfigureAwait(false);
                }
                return follow ? await JobFlow.WaitAsync(job, to, wait.Read(parse), file, console, cancellationToken).ConfigureAwait(false) : ExitCodes.Ok;
            });
        });
        return command;
    }
}
