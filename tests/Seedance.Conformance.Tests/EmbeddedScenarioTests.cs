using Seedance.Conformance.Running;
using Seedance.Conformance.Schemas;
using Seedance.Conformance.Specs;
using static Seedance.Conformance.Tests.ConformanceSupport;

namespace Seedance.Conformance.Tests;

/// <summary>One shared embedded replay host for the scenario theory (scenarios run one at a time: each resets it).</summary>
public sealed class EmbeddedTargetFixture : IAsyncLifetime
{
    internal StubServerTarget Target { get; private set; } = null!;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Strict: a recording that breaks its schema or drifts from its spec fails its scenario.</summary>
    internal ResponseReview Review { get; } = new(new ResponseChecker(SpecSet.Load(Paths.SpecsDirectory)), Strict: true);

    public async Task InitializeAsync() => Target = await StubServerTarget.StartEmbeddedAsync(Paths.RecordingsDirectory, CancellationToken.None);

    public async Task DisposeAsync()
    {
        await Target.DisposeAsync();
        Gate.Dispose();
    }
}

/// <summary>Every scenario passes against the embedded replay host, every response it served matching its spec schema with no drift; each is its own test case.</summary>
public class EmbeddedScenarioTests(EmbeddedTargetFixture fixture) : IClassFixture<EmbeddedTargetFixture>
{
    public static TheoryData<string> ScenarioNames()
    {
        var data = new TheoryData<string>();
        foreach (var scenario in Catalog) data.Add(scenario.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public async Task Scenario_passes_against_the_replay_host(string name)
    {
        var scenario = Catalog.Single(s => s.Name == name);
        await fixture.Gate.WaitAsync();
        try
        {
            var result = await ScenarioRunner.RunAsync(scenario, fixture.Target, hooks: null, fixture.Review, CancellationToken.None);
            Assert.True(result.Outcome == ScenarioOutcome.Passed, $"{result.Outcome}: {result.Message}");
        }
        finally
        {
            fixture.Gate.Release();
        }
    }
}
