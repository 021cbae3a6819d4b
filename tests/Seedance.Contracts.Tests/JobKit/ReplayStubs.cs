using System.Text.Json.Nodes;
using Seedance.Conformance.Replay;

namespace Seedance.Contracts.Tests.JobKit;

/// <summary>One reply of a scripted sequence: a status, a JSON body and optional headers.</summary>
internal sealed record Reply(int Status, JsonNode? Body, params (string Name, string Value)[] Headers)
{
    public static Reply Ok(JsonNode body, params (string Name, string Value)[] headers) => new(200, body, headers);
}

/// <summary>Mappings built in code from spec examples.</summary>
internal static class ReplayStubs
{
    /// <summary>Serves <paramref name="reply"/> for every <c>method path</c> request.</summary>
    public static StubMapping Serve(this ReplayHost host, string method, string path, Reply reply) =>
        host.Given(RequestPattern.For(method, path)).RespondWith(Definition(reply));

    /// <summary>
    /// Serves the replies in order, one per request (a WireMock scenario: Started → step1 → step2 ...);
    /// the last one repeats. Returns the scenario name, whose state tells how far the sequence got.
    /// </summary>
    public static string ServeSequence(this ReplayHost host, string method, string path, params Reply[] replies)
    {
        var scenario = $"{method} {path} #{Guid.NewGuid():N}";
        for (var i = 0; i < replies.Length; i++)
        {
            var builder = host.Given(RequestPattern.For(method, path)).InScenario(scenario).WhenScenarioStateIs(State(i));
            if (i < replies.Length - 1) builder = builder.WillSetStateTo(State(i + 1));
            builder.RespondWith(Definition(replies[i]));
        }

        return scenario;
    }

    /// <summary>The scenario state after <paramref name="served"/> replies of a sequence.</summary>
    public static string State(int served) => served == 0 ? "Started" : $"step-{served}";

    /// <summary>Requests whose path is <paramref name="path"/> (and method, when given).</summary>
    public static IReadOnlyList<JournalEntry> Sent(this ReplayHost host, string path, string? method = null) =>
        host.Journal.Requests.Where(e => e.Request.Path == path && (method is null || e.Request.Method == method)).ToArray();

    private static ResponseDefinition Definition(Reply reply)
    {
        var headers = new Dictionary<string, JsonNode?>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" };
        foreach (var (name, value) in reply.Headers) headers[name] = value;
        return new ResponseDefinition { Status = reply.Status, JsonBody = reply.Body?.DeepClone(), Headers = headers };
    }
}
