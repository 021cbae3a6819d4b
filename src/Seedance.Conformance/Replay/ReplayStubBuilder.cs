using System.Text.Json.Nodes;

namespace Seedance.Conformance.Replay;

/// <summary>
/// Builds an embedded mapping: <c>host.Given(RequestPattern.For("GET", "/x")).InScenario("s").RespondWith(Faults.ConnectionReset())</c>.
/// Code responders exist only in-process (they are not part of the WireMock file format).
/// </summary>
public sealed class ReplayStubBuilder
{
    private readonly ReplayHost _host;
    private readonly StubMapping _mapping;

    internal ReplayStubBuilder(ReplayHost host, RequestPattern request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _host = host;
        _mapping = new StubMapping { Request = request };
    }

    /// <summary>Sets the mapping name.</summary>
    public ReplayStubBuilder WithName(string name)
    {
        _mapping.Name = name;
        return this;
    }

    /// <summary>Sets the mapping id (a mapping with the same id is replaced).</summary>
    public ReplayStubBuilder WithId(string id)
    {
        _mapping.Id = id;
        return this;
    }

    /// <summary>Sets the priority (lower wins; default 5).</summary>
    public ReplayStubBuilder AtPriority(int priority)
    {
        _mapping.Priority = priority;
        return this;
    }

    /// <summary>Puts the mapping in a scenario.</summary>
    public ReplayStubBuilder InScenario(string scenarioName)
    {
        _mapping.ScenarioName = scenarioName;
        return this;
    }

    /// <summary>Requires the scenario to be in <paramref name="state"/>.</summary>
    public ReplayStubBuilder WhenScenarioStateIs(string state)
    {
        _mapping.RequiredScenarioState = state;
        return this;
    }

    /// <summary>Moves the scenario to <paramref name="state"/> when the mapping serves a request.</summary>
    public ReplayStubBuilder WillSetStateTo(string state)
    {
        _mapping.NewScenarioState = state;
        return this;
    }

    /// <summary>Attaches metadata.</summary>
    public ReplayStubBuilder WithMetadata(JsonObject metadata)
    {
        _mapping.Metadata = metadata;
        return this;
    }

    /// <summary>Registers the mapping with a code responder and returns it (with its id).</summary>
    public StubMapping RespondWith(ReplayResponder responder)
    {
        ArgumentNullException.ThrowIfNull(responder);
        _mapping.Response = null;
        return _host.AddCodeMapping(_mapping, responder);
    }

    /// <summary>Registers the mapping with an ordinary WireMock response definition and returns it.</summary>
    public StubMapping RespondWith(ResponseDefinition response)
    {
        ArgumentNullException.ThrowIfNull(response);
        _mapping.Response = response;
        return _host.AddMapping(_mapping);
    }
}
