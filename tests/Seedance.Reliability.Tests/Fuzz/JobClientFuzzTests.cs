using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Requests;
using Seedance.Reliability.Tests.TestKit;
using Xunit.Abstractions;

namespace Seedance.Reliability.Tests.Fuzz;

/// <summary>
/// §3, the quirk detectors: the provider job clients run every parsed reply through the mappers and
/// quirk detectors in src/Seedance.Contracts/Quirks (status vocabulary, CometAPI id alias and error
/// shapes, AceData result shapes, the Volc JSON-parse quirk). So the detectors are fuzzed where they
/// run: mutated documented success and error bodies of the submit and status routes go through the
/// public job client (<see cref="IVideoJobClient"/>), in memory. Only SeedanceException subtypes may
/// come out, and no case may hang.
/// </summary>
public sealed class JobClientFuzzTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Targets()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in ProviderId.All)
        {
            data.Add(provider, "submit");
            data.Add(provider, "status");
        }
        return data;
    }

    private static ReliabilityOperation OperationFor(string provider, string route) =>
        OperationTable.All.First(o => o.Provider == provider && (route == "submit" ? o.Safety == RequestSafety.Create : o.Safety == RequestSafety.Idempotent && o.OperationId != "listModels"));

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Job_client_quirk_detectors_survive_mutated_bodies(string provider, string route)
    {
        var op = OperationFor(provider, route);
        var groups = op.Spec.Responses
            .Where(r => r.Response["content"]?["application/json"] is not null && op.Spec.ResponseExamples(r.Status).Count > 0)
            .Select(r => (Status: (HttpStatusCode)int.Parse(r.Status, System.Globalization.CultureInfo.InvariantCulture),
                Mutator: new JsonMutator(op.Spec.ResponseExamples(r.Status).Values.ToList(), JsonMutator.SeedFor($"jobclient/{provider}/{route}/{r.Status}"))))
            .ToList();
        var handler = new StubResponseHandler();
        var options = TestClients.Options(new Uri("http://127.0.0.1:9"), retry: RetryOptions.None);
        options.PrimaryHandler = handler;
        using var client = SeedanceJobClients.Create(provider, new SeedanceApiKey(TestClients.FakeKey), options);
        var request = new VideoRequest { Prompt = "A paper boat on a quiet lake", Model = ModelCatalog.IdsFor(provider).First() };
        var id = op.ExampleId ?? "9462ca25-468b-45a5-9e75-6f516dedcc80";

        var cases = JsonMutator.CaseCount();
        var outcomes = new Dictionary<string, int>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < cases; i++)
        {
            var (status, mutator) = groups[i % groups.Count];
            var fuzzCase = mutator.Create(i / groups.Count);
            handler.Status = status;
            handler.Body = fuzzCase.Body;
            Exception? error = null;
            try
            {
                var task = route == "submit" ? (Task)client.SubmitAsync(request) : client.GetStatusAsync(id);
                await task.WaitAsync(FuzzRunner.CaseLimit);
            }
            catch (TimeoutException)
            {
                Assert.Fail($"{provider} {route}: case {i} hung (seed {mutator.Seed}, {fuzzCase.Recipe})");
            }
            catch (Exception e)
            {
                error = e;
            }
            Assert.True(error is null or SeedanceException,
                $"{provider} {route}: untyped {error?.GetType().FullName} for {(int)status} (seed {mutator.Seed}, case {fuzzCase.Index}: {fuzzCase.Recipe}){Environment.NewLine}"
                + $"{System.Text.Encoding.UTF8.GetString(fuzzCase.Body.AsSpan(0, Math.Min(400, fuzzCase.Body.Length)))}{Environment.NewLine}{error}");
            if ((int)status >= 400) Assert.NotNull(error);
            var name = TestClients.Describe(error);
            outcomes[name] = outcomes.GetValueOrDefault(name) + 1;
        }
        var summary = $"{provider} {route} via {op.Key}: {cases} cases over {groups.Count} statuses in {clock.Elapsed.TotalSeconds:0.0} s, seeds "
            + string.Join("/", groups.Select(g => $"{(int)g.Status}:{g.Mutator.Seed}")) + ": "
            + string.Join(", ", outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value}"));
        output.WriteLine(summary);
        Console.WriteLine("fuzz " + summary);
    }
}
