using Seedance.Conformance.Replay;
using Seedance.Contracts;
using Seedance.Reliability.Tests.TestKit;
using Xunit.Abstractions;

namespace Seedance.Reliability.Tests.Fuzz;

/// <summary>
/// The in-memory fuzz path (<see cref="StubResponseHandler"/>) skips only the socket. To show that makes
/// no difference, the first cases of every parser also go over real loopback HTTP (replay host) and
/// must end exactly as they did in memory: same outcome type, same status.
/// </summary>
public sealed class LoopbackFuzzTests(ReplayHostFixture fixture, ITestOutputHelper output) : IClassFixture<ReplayHostFixture>
{
    private const int Cases = 250;

    [Theory]
    [MemberData(nameof(FuzzParsers.Names), MemberType = typeof(FuzzParsers))]
    public async Task Loopback_http_ends_like_the_in_memory_path(string parserName)
    {
        var parser = FuzzParsers.Get(parserName);
        var seed = JsonMutator.SeedFor(parser.Name);
        var mutator = new JsonMutator(parser.Examples, seed);
        var host = fixture.Host;
        host.Reset();
        byte[] body = [];
        host.Given(RequestPattern.For(parser.Operation.Method, parser.Operation.ExamplePath)).RespondWith(async (context, ct) =>
        {
            context.Response.StatusCode = (int)parser.Status;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, ct);
        });
        var (memory, handler) = FuzzRunner.InMemoryPipeline(parser.Provider);
        using var _ = memory;
        using var loopback = SeedancePipeline.Create(TestClients.Options(host.BaseUrl, retry: RetryOptions.None), parser.Provider);
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < Cases; i++)
        {
            var fuzzCase = mutator.Create(i);
            body = fuzzCase.Body;
            var inMemory = await FuzzRunner.RunCaseAsync(parser, memory, handler, fuzzCase);
            var (_, error) = await TestClients.Capture(parser.Operation, loopback);
            var overHttp = new FuzzOutcome(TestClients.Describe(error), error);
            Assert.True(FuzzRunner.Violation(parser, overHttp, fuzzCase.Body) is null,
                FuzzRunner.Describe(parser, seed, fuzzCase, "loopback: " + FuzzRunner.Violation(parser, overHttp, fuzzCase.Body), error));
            Assert.True(inMemory.Outcome == overHttp.Outcome && (inMemory.Error as SeedanceException)?.StatusCode == (error as SeedanceException)?.StatusCode,
                FuzzRunner.Describe(parser, seed, fuzzCase, $"in memory {inMemory.Outcome}, over HTTP {overHttp.Outcome}", error));
            outcomes[overHttp.Outcome] = outcomes.GetValueOrDefault(overHttp.Outcome) + 1;
        }
        output.WriteLine($"{parser.Name}: seed {seed}, {Cases} cases over loopback HTTP, same outcome as in memory: "
            + string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}")));
    }
}
