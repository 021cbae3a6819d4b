using System.Text.Json.Nodes;
using Seedance.Conformance.Cli;
using Seedance.Conformance.Replay;
using static Seedance.Conformance.Tests.ConformanceSupport;

namespace Seedance.Conformance.Tests;

/// <summary>
/// The Prism cross-check (<c>--prism provider=URL</c>) against the replay host posing as
/// <c>prism mock --errors</c>: every route answers with the operation's first documented success
/// example, as Prism does, and a test adds the verdict Prism gives for a request it rejects.
/// </summary>
public class PrismTargetTests
{
    private const string Provider = "cometapi-videos";
    private const string CreatePath = "/v1/videos";

    // The path parameter every cometapi-videos getVideo success scenario sends.
    private const string TaskPath = "/v1/videos/task_abc123";

    // What Prism 5 puts in sl-violations: a JSON array of the request's validation errors.
    private const string Violations = """[{"location":["request","body","seconds"],"severity":"Error","code":"maximum","message":"must be <= 15"}]""";

    [Fact]
    public async Task Clean_answers_pass_one_success_request_per_operation()
    {
        await using var prism = await StartPrismAsync(Documented(CreatePath));

        var (exit, results, output) = await RunAsync(prism);

        Assert.True(exit == ConformanceCli.Success, output);
        Assert.Equal(["createVideo", "getVideo"], results.Select(r => (string?)r["operation"]));
        Assert.All(results, r => Assert.True((string?)r["outcome"] == "passed", $"{r["scenario"]}: {r["outcome"]} {r["message"]}"));
        Assert.All(results, r => Assert.Equal("prism", (string?)r["mode"]));
        Assert.Equal("cometapi-videos/createVideo/success", (string?)results[0]["scenario"]);
        AssertBothRequestsReached(prism);
    }

    [Fact]
    public async Task An_sl_violations_header_fails_the_scenario_and_names_the_violation()
    {
        await using var prism = await StartPrismAsync(Documented(CreatePath).WithHeader("sl-violations", Violations));

        var (exit, results, output) = await RunAsync(prism);

        Assert.Equal(ConformanceCli.Failures, exit);
        var create = results.Single(r => (string?)r["operation"] == "createVideo");
        Assert.Equal("failed", (string?)create["outcome"]);
        Assert.Contains("Prism request violations", (string?)create["message"]);
        Assert.Contains("must be <= 15", (string?)create["message"]);
        Assert.Contains("must be <= 15", output);
        // Only the answer that carried the verdict fails.
        Assert.Equal("passed", (string?)results.Single(r => (string?)r["operation"] == "getVideo")["outcome"]);
        AssertBothRequestsReached(prism);
    }

    // Prism's own problem+json bodies: 422 for an invalid request under --errors, 401 for a missing
    // or wrong security scheme, 404 and 405 when the route is not in the spec.
    [Theory]
    [InlineData(422, """{"type":"https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY","title":"Invalid request","status":422,"detail":"Your request is not valid and no HTTP validation response was found in the spec, so Prism is generating this error for you.","validation":[{"location":["body"],"severity":"Error","code":"required","message":"must have required property 'model'"}]}""")]
    [InlineData(401, """{"type":"https://stoplight.io/prism/errors#UNAUTHORIZED","title":"Invalid security scheme used","status":401,"detail":""}""")]
    [InlineData(404, """{"type":"https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR","title":"Route not resolved, no path matched","status":404,"detail":"The route /v1/videos hasn't been found in the specification file"}""")]
    [InlineData(405, """{"type":"https://stoplight.io/prism/errors#NO_METHOD_MATCHED_ERROR","title":"Route resolved, but no method matched","status":405,"detail":"The route /v1/videos has been matched, but it does not have \"post\" method defined"}""")]
    public async Task A_rejecting_status_fails_the_scenario(int status, string problem)
    {
        var rejection = new ResponseDefinition { Status = status, Body = problem }.WithHeader("Content-Type", "application/problem+json");
        await using var prism = await StartPrismAsync(rejection);

        var (exit, results, output) = await RunAsync(prism);

        Assert.Equal(ConformanceCli.Failures, exit);
        var create = results.Single(r => (string?)r["operation"] == "createVideo");
        Assert.Equal("failed", (string?)create["outcome"]);
        Assert.Contains($"Prism answered {status}", (string?)create["message"]);
        Assert.Contains((string)JsonNode.Parse(problem)!["title"]!, (string?)create["message"]);
        Assert.Equal("passed", (string?)results.Single(r => (string?)r["operation"] == "getVideo")["outcome"]);
        Assert.DoesNotContain("Prism answered", output.Split('\n').Single(l => l.Contains("getVideo/", StringComparison.Ordinal)));
        AssertBothRequestsReached(prism);
    }

    /// <summary>A Prism stand-in: <paramref name="create"/> for the create route, the documented first example for the status route.</summary>
    private static async Task<ReplayHost> StartPrismAsync(ResponseDefinition create)
    {
        var host = await ReplayHost.StartAsync(new ReplayHostOptions { FilesDirectory = Paths.FilesDirectory });
        host.Given(RequestPattern.For("POST", CreatePath)).RespondWith(create);
        host.Given(RequestPattern.ForPathPattern("GET", "/v1/videos/[^/]+")).RespondWith(Documented(TaskPath));
        return host;
    }

    /// <summary>The first 200 example of the operation behind <paramref name="path"/>: what Prism answers to a valid request.</summary>
    private static ResponseDefinition Documented(string path) => new ResponseDefinition
    {
        Status = 200,
        BodyFileName = path == CreatePath ? "cometapi-videos/createVideo/200-success.json" : "cometapi-videos/getVideo/200-submitted.json",
    }.WithHeader("Content-Type", "application/json");

    private static async Task<(int Exit, List<JsonObject> Results, string Output)> RunAsync(ReplayHost prism)
    {
        var report = Path.Combine(TestSupport.TempRoot(), "prism.json");
        var (exit, output, error) = await RunCliAsync(Args("--prism", $"{Provider}={prism.BaseUrl.ToString().TrimEnd('/')}", "--provider", Provider, "--report", report));
        var results = JsonNode.Parse(File.ReadAllText(report))!["scenarios"]!.AsArray().Select(r => r!.AsObject()).ToList();
        return (exit, results, output + error);
    }

    /// <summary>The generated client's requests really went to the Prism URL: the multipart create and the status read, once each.</summary>
    private static void AssertBothRequestsReached(ReplayHost prism)
    {
        var requests = prism.Journal.Requests;
        Assert.Equal(2, requests.Count);
        var create = Assert.Single(requests, r => r.Request.Method == "POST" && r.Request.Path == CreatePath);
        Assert.Equal("5", create.Request.GetPart("seconds")?.Value);
        Assert.StartsWith("Bearer ", create.Request.GetHeader("Authorization"), StringComparison.Ordinal);
        Assert.Single(requests, r => r.Request.Method == "GET" && r.Request.Path == TaskPath);
    }
}
