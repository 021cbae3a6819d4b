using System.Text;
using Seedance.Conformance.Replay;

namespace Seedance.Contracts.Tests.Http.TestKit;

/// <summary>One reply of a script: a WireMock response definition, or a code responder for socket faults and hangs.</summary>
public sealed class Step
{
    private Step(ResponseDefinition? response, ReplayResponder? responder) => (Response, Responder) = (response, responder);

    public ResponseDefinition? Response { get; }

    public ReplayResponder? Responder { get; }

    public static implicit operator Step(ResponseDefinition response) => new(response, null);

    public static implicit operator Step(ReplayResponder responder) => new(null, responder);
}

/// <summary>
/// Scripts on the replay host for the pipeline tests: "503 first, then 200" is a WireMock scenario
/// (one state per request, the last reply repeats), and what arrived is read from the journal.
/// </summary>
public static class Scripted
{
    /// <summary>Every method and path.</summary>
    public static RequestPattern AnyRequest() => RequestPattern.ForPathPattern("ANY", ".*");

    /// <summary>Starts a replay host that answers the n-th request with <c>steps[n-1]</c> (the last step repeats).</summary>
    public static async Task<ReplayHost> StartAsync(params Step[] steps)
    {
        var host = await ReplayHost.StartAsync();
        host.ServeSteps(AnyRequest(), steps);
        return host;
    }

    /// <summary>Serves <paramref name="steps"/> in order to requests matching <paramref name="pattern"/>, as one scenario.</summary>
    public static void ServeSteps(this ReplayHost host, RequestPattern pattern, params Step[] steps)
    {
        ArgumentOutOfRangeException.ThrowIfZero(steps.Length);
        var scenario = $"script #{Guid.NewGuid():N}";
        for (var i = 0; i < steps.Length; i++)
        {
            var builder = host.Given(pattern).InScenario(scenario).WhenScenarioStateIs(State(i));
            if (i < steps.Length - 1) builder = builder.WillSetStateTo(State(i + 1));
            if (steps[i].Response is { } response) builder.RespondWith(response);
            else builder.RespondWith(steps[i].Responder!);
        }
    }

    /// <summary>A JSON reply with a status and optional headers.</summary>
    public static ResponseDefinition Json(int status, string json, params (string Name, string Value)[] headers) =>
        Reply(status, json, "application/json", headers);

    /// <summary>A reply with a status, a body and a content type.</summary>
    public static ResponseDefinition Reply(int status, string body, string? contentType, params (string Name, string Value)[] headers)
    {
        var response = new ResponseDefinition { Status = status, Body = body };
        if (contentType is not null) response.WithHeader("Content-Type", contentType);
        foreach (var (name, value) in headers) response.WithHeader(name, value);
        return response;
    }

    /// <summary>
    /// Holds the request until the client gives up or the host stops (WireMock's fixed delays cannot wait
    /// for the client's own cancellation; a code responder can).
    /// </summary>
    public static ReplayResponder Hang() => async (_, ct) =>
    {
        try { await Task.Delay(Timeout.Infinite, ct); } catch (OperationCanceledException) { }
    };

    /// <summary>How many requests arrived.</summary>
    public static int RequestCount(this ReplayHost host) => host.Journal.Count();

    /// <summary>Completes when the <paramref name="number"/>-th request (1-based) has arrived.</summary>
    public static Task<JournalEntry> Received(this ReplayHost host, int number) =>
        host.Journal.WaitForAsync(e => e.Sequence == number);

    /// <summary>The Authorization header as sent, or "" (as Kestrel reports a missing header).</summary>
    public static string Authorization(this JournalEntry entry) =>
        entry.Request.Headers.TryGetValue("Authorization", out var values) ? string.Join(",", values) : "";

    /// <summary>The body as UTF-8 text.</summary>
    public static string BodyText(this JournalEntry entry) => Encoding.UTF8.GetString(entry.Request.Body);

    private static string State(int served) => served == 0 ? "Started" : $"step-{served}";
}
