using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace Seedance.Conformance.Replay;

/// <summary>
/// Serves WireMock-format stub mappings on 127.0.0.1 (ephemeral port) with WireMock.Net as the engine:
/// mapping files are translated to WireMock.Net's API (<see cref="MappingTranslator"/>), and a small
/// middleware adds what WireMock.Net lacks (socket-level faults, streamed large bodies, cancellable
/// delays, code responders). The same mapping files work with real WireMock. See docs/replay-host.md.
/// </summary>
public sealed class ReplayHost : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly Dictionary<Guid, Registration> _mappings = [];
    private readonly List<(StubMapping Mapping, string? FilesRoot)> _defaults = [];
    private readonly string? _filesRoot;
    private WireMockServer _server = null!;
    private long _order;
    private int _disposed;

    private ReplayHost(ReplayHostOptions options)
    {
        Options = options;
        _filesRoot = options.FilesDirectory ?? (options.RootDirectory is { } root ? Path.Combine(root, "__files") : null);
        Journal = new RequestJournal(this);
    }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The WireMock.Net server underneath (its admin interface is WireMock.Net's, not WireMock's).</summary>
    public WireMockServer Server => _server;

    /// <summary>Every request received (admin API calls excluded), fed by WireMock.Net's request log.</summary>
    public RequestJournal Journal { get; }

    /// <summary>The options the host was started with.</summary>
    public ReplayHostOptions Options { get; }

    /// <summary>A snapshot of the current mappings in match order (priority, then most recent first).</summary>
    public IReadOnlyList<StubMapping> Mappings
    {
        get { lock (_gate) return Ordered().Select(r => r.Mapping).ToList(); }
    }

    /// <summary>Starts a host on 127.0.0.1 with an ephemeral port and loads <see cref="ReplayHostOptions.RootDirectory"/>, if set.</summary>
    /// <exception cref="ReplayMappingException">A mapping file is invalid.</exception>
    public static Task<ReplayHost> StartAsync(ReplayHostOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        options ??= new ReplayHostOptions();
        var host = new ReplayHost(options);
        var middleware = new ReplayMiddleware(host);
        host._server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = ["http://127.0.0.1:0"],
            StartAdminInterface = options.EnableAdminApi,
            ReadStaticMappings = false,
            FileSystemHandler = new RecordingsFileSystem(host._filesRoot),
            Logger = new WireMockNullLogger(),
            // The journal keeps its own (capped) copies; WireMock.Net need not hold every body too.
            MaxRequestLogCount = 64,
            AdditionalServiceRegistration = services => services.Configure<KestrelServerOptions>(kestrel =>
            {
                kestrel.AddServerHeader = false;
                // Runs before WireMock.Net's Listen calls, so every endpoint gets it: fault responders reach the raw socket.
                kestrel.ConfigureEndpointDefaults(listen => listen.Use(next => connection =>
                {
                    connection.Items[RawConnection.ConnectionItemKey] = connection;
                    return next(connection);
                }));
            }),
            PreWireMockMiddlewareInit = app => ((IApplicationBuilder)app).Use((context, next) => middleware.InvokeAsync(context, () => next(context))),
        });
        host._server.LogEntriesChanged += host.Journal.OnLogEntriesChanged;
        host.BaseUrl = new Uri(host._server.Urls[0].TrimEnd('/') + "/");
        try
        {
            if (options.RootDirectory is { } root) host.LoadMappingsFromDirectory(root);
        }
        catch
        {
            host._server.Stop();
            host._server.Dispose();
            throw;
        }
        return Task.FromResult(host);
    }

    /// <summary>An <see cref="HttpClient"/> whose <see cref="HttpClient.BaseAddress"/> is <see cref="BaseUrl"/>.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseUrl };

    /// <summary>
    /// Loads <c>&lt;root&gt;/mappings/**/*.json</c>; <c>bodyFileName</c> resolves against <c>&lt;root&gt;/__files</c>.
    /// These mappings become defaults that <see cref="ResetMappings"/> restores.
    /// </summary>
    /// <exception cref="ReplayMappingException">A file is invalid (nothing is added then).</exception>
    public IReadOnlyList<StubMapping> LoadMappingsFromDirectory(string rootDirectory)
    {
        var mappings = MappingLoader.LoadDirectory(rootDirectory);
        var files = Path.GetFullPath(Path.Combine(rootDirectory, "__files"));
        lock (_gate)
        {
            AddAllLocked(mappings, files);
            foreach (var m in mappings) _defaults.Add((m.Clone(), files));
        }
        return mappings;
    }

    /// <summary>Adds the mappings in a JSON document (one mapping, or <c>{"mappings": [...]}</c>).</summary>
    /// <exception cref="ReplayMappingException">The document is invalid (nothing is added then).</exception>
    public IReadOnlyList<StubMapping> AddMappingsFromJson(string json)
    {
        var mappings = MappingLoader.Parse(json);
        lock (_gate) AddAllLocked(mappings, _filesRoot);
        return mappings;
    }

    /// <summary>Adds one mapping (a mapping with the same id is replaced). Returns it with its id set.</summary>
    /// <exception cref="ReplayMappingException">The mapping is invalid.</exception>
    public StubMapping AddMapping(StubMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        MappingLoader.Validate(mapping, mapping.Name);
        if (mapping.Response is null) throw new ReplayMappingException(mapping.Name, "a mapping needs a 'response' (use Given(...).RespondWith(...) for code responders)");
        lock (_gate) AddAllLocked([mapping], _filesRoot);
        return mapping;
    }

    /// <summary>Starts an embedded code mapping for requests matching <paramref name="request"/>.</summary>
    public ReplayStubBuilder Given(RequestPattern request) => new(this, request);

    /// <summary>Removes the mapping with this id; false if there is none.</summary>
    public bool RemoveMapping(string id)
    {
        lock (_gate)
        {
            var guid = GuidFor(id);
            if (!_mappings.Remove(guid)) return false;
            _server.DeleteMapping(guid);
            return true;
        }
    }

    /// <summary>Removes every mapping.</summary>
    public void RemoveAllMappings()
    {
        lock (_gate)
        {
            foreach (var guid in _mappings.Keys) _server.DeleteMapping(guid);
            _mappings.Clear();
        }
    }

    /// <summary>Restores the directory-loaded default mappings and drops all others.</summary>
    public void ResetMappings()
    {
        lock (_gate)
        {
            RemoveAllMappings();
            foreach (var group in _defaults.GroupBy(d => d.FilesRoot)) AddAllLocked(group.Select(d => d.Mapping.Clone()).ToList(), group.Key);
        }
    }

    /// <summary>Restores default mappings, clears the journal and resets scenarios (WireMock's <c>POST /__admin/reset</c>).</summary>
    public void Reset()
    {
        ResetMappings();
        Journal.Clear();
        ResetScenarios();
    }

    /// <summary>Puts every scenario back in the <c>Started</c> state.</summary>
    public void ResetScenarios() => _server.ResetScenarios();

    /// <summary>The current state of each scenario, by scenario name.</summary>
    public IReadOnlyDictionary<string, string> GetScenarioStates() =>
        GetScenarios().ToDictionary(s => s.Name, s => s.State, StringComparer.Ordinal);

    /// <summary>Every scenario the mappings use, with its state and possible states.</summary>
    public IReadOnlyList<ScenarioInfo> GetScenarios()
    {
        // WireMock.Net knows a scenario only once it has started and has no name for its start state.
        var current = _server.Scenarios.ToDictionary(s => s.Name, s => s.NextState, StringComparer.Ordinal);
        lock (_gate)
        {
            return _mappings.Values.Select(r => r.Mapping).Where(m => m.ScenarioName is not null)
                .GroupBy(m => m.ScenarioName!, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g =>
                {
                    var state = current.GetValueOrDefault(g.Key) ?? MappingTranslator.Started;
                    var possible = g.SelectMany(m => new[] { m.RequiredScenarioState, m.NewScenarioState })
                        .Append(MappingTranslator.Started).Append(state).OfType<string>()
                        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                    return new ScenarioInfo(g.Key, state, possible);
                })
                .ToList();
        }
    }

    /// <summary>Forces a scenario into <paramref name="state"/>.</summary>
    /// <exception cref="KeyNotFoundException">No mapping uses that scenario (WireMock answers 404 too).</exception>
    public void SetScenarioState(string scenarioName, string state)
    {
        ArgumentNullException.ThrowIfNull(scenarioName);
        ArgumentNullException.ThrowIfNull(state);
        lock (_gate)
        {
            if (!_mappings.Values.Any(r => r.Mapping.ScenarioName == scenarioName)) throw new KeyNotFoundException($"Scenario {scenarioName} does not exist");
        }
        _server.SetScenarioState(scenarioName, state == MappingTranslator.Started ? null : state);
    }

    /// <summary>Stops the server.</summary>
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0 || _server is null) return ValueTask.CompletedTask;
        _server.LogEntriesChanged -= Journal.OnLogEntriesChanged;
        _server.Stop();
        _server.Dispose();
        return ValueTask.CompletedTask;
    }

    internal StubMapping AddCodeMapping(StubMapping mapping, ReplayResponder responder)
    {
        lock (_gate) AddLocked(mapping, responder, _filesRoot);
        return mapping;
    }

    internal bool TryGetResponder(Guid guid, out ReplayResponder responder)
    {
        lock (_gate)
        {
            responder = _mappings.TryGetValue(guid, out var r) ? r.Responder! : null!;
            return responder is not null;
        }
    }

    internal StubMapping? FindMapping(Guid? guid)
    {
        if (guid is not { } g) return null;
        lock (_gate) return _mappings.TryGetValue(g, out var r) ? r.Mapping : null;
    }

    private void AddAllLocked(IReadOnlyList<StubMapping> mappings, string? filesRoot)
    {
        // Translate everything first: an invalid mapping leaves the host unchanged.
        var added = new List<Guid>();
        try
        {
            foreach (var m in mappings)
            {
                AddLocked(m, m.Response?.Fault is { } fault ? Faults.FromName(fault) : null, filesRoot);
                added.Add(GuidFor(m.Id!));
            }
        }
        catch
        {
            foreach (var guid in added)
            {
                _mappings.Remove(guid);
                _server.DeleteMapping(guid);
            }
            throw;
        }
    }

    private void AddLocked(StubMapping mapping, ReplayResponder? responder, string? filesRoot)
    {
        mapping.Id ??= mapping.Uuid ?? Guid.NewGuid().ToString();
        mapping.Uuid = mapping.Id;
        var guid = GuidFor(mapping.Id);
        var delay = mapping.Response?.FixedDelayMilliseconds is > 0 and var ms ? ms : 0;
        if (responder is not null && delay > 0) responder = Faults.Delay(TimeSpan.FromMilliseconds(delay), responder);

        var extras = new Dictionary<string, string>(StringComparer.Ordinal);
        if (responder is not null) extras[ReplayMiddleware.ResponderHeader] = guid.ToString();
        else if (delay > 0) extras[ReplayMiddleware.DelayHeader] = MappingTranslator.Milliseconds(delay);
        if (mapping.Response?.StatusMessage is { } reason) extras[ReplayMiddleware.ReasonHeader] = reason;

        MappingTranslator.Register(_server, guid, mapping, filesRoot, extras);
        _mappings[guid] = new Registration(mapping, responder, ++_order);
    }

    private IEnumerable<Registration> Ordered() =>
        _mappings.Values.OrderBy(r => r.Mapping.EffectivePriority).ThenByDescending(r => r.Order);

    /// <summary>WireMock.Net wants a Guid; WireMock ids usually are one, anything else maps to a stable name-based one.</summary>
    private static Guid GuidFor(string id) =>
        Guid.TryParse(id, out var guid) ? guid : new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(id)).AsSpan(0, 16));

    private sealed record Registration(StubMapping Mapping, ReplayResponder? Responder, long Order);
}
