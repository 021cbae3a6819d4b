using Seedance.Conformance.Drivers;
using Seedance.Conformance.Running;
using Seedance.Conformance.Scenarios;
using Seedance.Contracts;

namespace Seedance.Conformance.Prism;

/// <summary>
/// Prism mock servers (<c>prism mock specs/X.yaml</c>), one per provider: for every operation, the
/// request the generated client sends for the operation's success scenario must pass Prism's request
/// validation. Prism reports violations in the <c>sl-violations</c> header (and answers 422 with
/// <c>--errors</c>); its response bodies are its own, so the scenario's expectation is not checked.
/// </summary>
internal sealed class PrismTarget : ScenarioTarget
{
    private readonly IReadOnlyDictionary<string, Uri> _servers;
    private readonly IReadOnlyList<Scenario> _all;

    /// <summary>Creates the target.</summary>
    /// <param name="servers">Prism's base URL per provider.</param>
    /// <param name="all">Every scenario (to find each operation's first success scenario).</param>
    public PrismTarget(IReadOnlyDictionary<string, Uri> servers, IReadOnlyList<Scenario> all)
    {
        _servers = servers;
        _all = all;
    }

    /// <inheritdoc />
    public override string Mode => "prism";

    /// <inheritdoc />
    public override bool ChecksExpectation => false;

    /// <inheritdoc />
    public override Task<TargetSetup> PrepareAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        TargetSetup setup;
        if (!_servers.TryGetValue(scenario.Provider, out var url))
        {
            setup = TargetSetup.Skip($"no Prism server for {scenario.Provider} (--prism {scenario.Provider}=URL)");
        }
        else if (!IsChecked(scenario))
        {
            setup = TargetSetup.Skip("Prism checks one success request per operation");
        }
        else
        {
            setup = TargetSetup.Run(url);
        }
        return Task.FromResult(setup);
    }

    /// <inheritdoc />
    public override SeedanceApiKey? ValidKey(string provider) => new(ConformanceKeys.ReplayKey);

    /// <inheritdoc />
    public override Task<IReadOnlyList<string>> VerifyAsync(Scenario scenario, DriverContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problems = new List<string>();
        var exchanges = context.Recorder.Exchanges;
        if (exchanges.Count == 0) problems.Add("no request reached Prism");
        foreach (var exchange in exchanges)
        {
            if (exchange.ResponseHeader("sl-violations") is { } violations) problems.Add($"Prism request violations: {violations}");
            if (exchange.Status == 422) problems.Add($"Prism answered 422: {exchange.ResponseBody}");
            if (exchange.Status is 401 or 404 or 405) problems.Add($"Prism answered {exchange.Status} (route or security not recognised): {exchange.ResponseBody}");
        }
        return Task.FromResult<IReadOnlyList<string>>(problems);
    }

    /// <summary>Whether Prism checks <paramref name="scenario"/>: the first success scenario of its operation.</summary>
    public bool IsChecked(Scenario scenario) => ReferenceEquals(FirstSuccess(scenario.Provider, scenario.Operation), scenario);

    private Scenario? FirstSuccess(string provider, string operation) =>
        _all.FirstOrDefault(s => s.Provider == provider && s.Operation == operation && s.Kind == ScenarioKinds.Operation
                                 && s.Definition.Expect is { IsError: false, Status: >= 200 and < 300 }
                                 && s.Case == "success")
        ?? _all.FirstOrDefault(s => s.Provider == provider && s.Operation == operation && s.Kind == ScenarioKinds.Operation
                                    && s.Definition.Expect is { IsError: false, Status: >= 200 and < 300 });
}
