using System.CommandLine;
using System.Text.Json.Nodes;
using Seedance.Cli.Output;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Validation;

namespace Seedance.Cli.Commands;

/// <summary>
/// <c>validate</c>: the SDK's pre-send rules (<see cref="VideoRequestValidator.Validate"/>) on a request given as
/// <c>submit</c> would take it. No client is built and no key is read, so nothing can be sent.
/// Exit 0 when valid, <see cref="ExitCodes.InvalidRequest"/> with every problem listed when not.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var provider = new Option<string>("--provider", "-p") { Description = "the provider: " + string.Join(", ", ProviderId.All), HelpName = "ID", Required = true };
        provider.AcceptOnlyFromAmong([.. ProviderId.All]);
        var json = new Option<bool>("--json") { Description = "print one JSON object (for scripts)" };
        var request = new RequestOptions();
        var command = new Command("validate", "check a request against the provider's documented rules without sending it (exit 0: valid, 2: not)") { provider, json };
        request.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var asJson = parse.GetValue(json);
            return CommandRun.GuardAsync(console, asJson, cancellationToken, async _ =>
            {
                var id = parse.GetValue(provider)!;
                var videoRequest = request.Read(parse);
                var problems = VideoRequestValidator.Validate(id, videoRequest);
                if (asJson)
                {
                    await console.Out.WriteLineAsync(JsonShapes.Line(new JsonObject
                    {
                        ["provider"] = id,
                        ["model"] = videoRequest.Model,
                        ["valid"] = problems.Count == 0,
                        ["problems"] = new JsonArray([.. problems.Select(p => (JsonNode)JsonShapes.Problem(p))]),
                    })).ConfigureAwait(false);
                }
                else if (problems.Count == 0)
                {
                    await console.Out.WriteLineAsync($"valid: {id} accepts this request for {videoRequest.Model}").ConfigureAwait(false);
                }
                else
                {
                    await console.Out.WriteLineAsync($"invalid: {problems.Count} problem(s) for {id} {videoRequest.Model}").ConfigureAwait(false);
                    foreach (var problem in problems) await console.Out.WriteLineAsync("  " + problem).ConfigureAwait(false);
                }
                return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.InvalidRequest;
            });
        });
        return command;
    }
}
