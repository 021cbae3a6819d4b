using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Seedance.Conformance.Replay;

/// <summary>
/// An in-process HTTP server (Kestrel on 127.0.0.1, ephemeral port) that serves WireMock-format stub
/// mappings: request matching, scenarios, delays, faults, a request journal and WireMock's admin API
/// subset. The same mapping files work with real WireMock. See docs/replay-host.md.
/// </summary>
public sealed class ReplayHost : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly List<Registration> _mappings = [];
    private readonly List<(StubMapping Mapping, string? FilesRoot)> _defaults = [];
    private readonly ScenarioStore _scenarios = new();
    private readonly ReplayHostOptions _options;
    private readonly string? _filesRoot;
    private readonly AdminApi _admin;
    private WebApplication? _app;
    private long _order;
    private int _disposed;

    private ReplayHost(ReplayHostOptions options)
    {
        _options = options;
        _filesRoot = options.FilesDirectory ?? (options.RootDirectory is { } root ? Path.Combine(root, "__files") : null);
        Journal = new RequestJournal();
        _admin = new AdminApi(this);
    }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>
    /// True when some default mappings came from a <c>{"mappings": [...]}</c> file. Real WireMock then
    /// refuses <c>DELETE /__admin/mappings</c> (500, multi-mapping files are read-only); the admin API here does the same.
    /// </summary>
    public bool HasMultiMappingDefaults { get; private set; }

    /// <summary>Every request received (admin API calls excluded).</summary>
    public RequestJournal Journal { get; }

    /// <summary>The options the host was started with.</summary>
    public ReplayHostOptions Options => _options;

    /// <summary>A snapshot of the current mappings in match order (priority, then most recent first).</summary>
    public IReadOnlyList<StubMapping> Mappings
    {
        get { lock (_gate) return Ordered().Select(r => r.Mapping).ToList(); }
    }

    /// <summary>Starts a host on 127.0.0.1 with an ephemeral port and loads <see cref="ReplayHostOptions.RootDirectory"/>, if set.</summary>
    /// <exception cref="ReplayMappingException">A mapping file is invalid.</exception>
    public static async Task<ReplayHost> StartAsync(ReplayHostOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ReplayHostOptions();
        var host = new ReplayHost(options);
        if (options.RootDirectory is { } root) host.LoadMappingsFromDirectory(root);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(ReplayHost).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        options.ConfigureLogging?.Invoke(builder.Logging);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxRequestBodySize;
            k.Listen(IPAddress.Loopback, 0, listen => listen.Use(next => connection =>
            {
                // Lets fault responders reach the raw socket (see RawConnection).
                connection.Items[RawConnection.ConnectionItemKey] = connection;
                return next(connection);
            }));
        });
        var app = builder.Build();
        app.Run(host.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        host._app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return host;
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
        var mappings = MappingLoader.LoadDirectory(rootDirectory, out var multi);
        var files = Path.Combine(rootDirectory, "__files");
        lock (_gate)
        {
            HasMultiMappingDefaults |= multi;
            foreach (var m in mappings)
            {
                Normalize(m);
                _defaults.Add((m.Clone(), files));
                AddLocked(m, null, files);
            }
        }
        return mappings;
    }

    /// <summary>Adds the mappings in a JSON document (one mapping, or <c>{"mappings": [...]}</c>).</summary>
    /// <exception cref="ReplayMappingException">The document is invalid (nothing is added then).</exception>
    public IReadOnlyList<StubMapping> AddMappingsFromJson(string json)
    {
        var mappings = MappingLoader.Parse(json);
        lock (_gate)
        {
            foreach (var m in mappings) AddLocked(m, null, _filesRoot);
        }
        return mappings;
    }

    /// <summary>Adds one mapping (a mapping with the same id is replaced). Returns it with its id set.</summary>
    /// <exception cref="ReplayMappingException">The mapping is invalid.</exception>
    public StubMapping AddMapping(StubMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        MappingLoader.Validate(mapping, mapping.Name);
        if (mapping.Response is null) throw new ReplayMappingException(mapping.Name, "a mapping needs a 'response' (use Given(...).RespondWith(...) for code responders)");
        lock (_gate) AddLocked(mapping, null, _filesRoot);
        return mapping;
    }

    /// <summary>Starts an embedded code mapping for requests matching <paramref name="request"/>.</summary>
    public ReplayStubBuilder Given(RequestPattern request) => new(this, request);

    /// <summary>Removes the mapping with this id; false if there is none.</summary>
    public bool RemoveMapping(string id)
    {
        lock (_gate)
        {
            var removed = _mappings.RemoveAll(r => r.Mapping.Id == id) > 0;
            if (removed) _scenarios.Rebuild(_mappings.Select(r => r.Mapping));
            return removed;
        }
    }

    /// <summary>Removes every mapping (WireMock's <c>DELETE /__admin/mappings</c>).</summary>
    public void RemoveAllMappings()
    {
        lock (_gate)
        {
            _mappings.Clear();
            _scenarios.Rebuild([]);
        }
    }

    /// <summary>Restores the directory-loaded default mappings and drops all others (<c>POST /__admin/mappings/reset</c>).</summary>
    public void ResetMappings()
    {
        lock (_gate)
        {
            _mappings.Clear();
            _scenarios.Rebuild([]);
            foreach (var (m, files) in _defaults) AddLocked(m.Clone(), null, files);
        }
    }

    /// <summary>Restores default mappings, clears the journal and resets scenarios (<c>POST /__admin/reset</c>).</summary>
    public void Reset()
    {
        ResetMappings();
        Journal.Clear();
        ResetScenarios();
    }

    /// <summary>Puts every scenario back in the <c>Started</c> state.</summary>
    public void ResetScenarios()
    {
        lock (_gate) _scenarios.ResetAll();
    }

    /// <summary>The current state of each scenario, by scenario name.</summary>
    public IReadOnlyDictionary<string, string> GetScenarioStates()
    {
        lock (_gate) return _scenarios.Snapshot().ToDictionary(s => s.Name, s => s.State, StringComparer.Ordinal);
    }

    /// <summary>Every scenario with its state and possible states.</summary>
    public IReadOnlyList<ScenarioInfo> GetScenarios()
    {
        lock (_gate) return _scenarios.Snapshot();
    }

    /// <summary>Forces a scenario into <paramref name="state"/>.</summary>
    /// <exception cref="KeyNotFoundException">No mapping uses that scenario (WireMock answers 404 too).</exception>
    public void SetScenarioState(string scenarioName, string state)
    {
        ArgumentNullException.ThrowIfNull(scenarioName);
        ArgumentNullException.ThrowIfNull(state);
        lock (_gate)
        {
            if (!_scenarios.Exists(scenarioName)) throw new KeyNotFoundException($"Scenario {scenarioName} does not exist");
            _scenarios.Set(scenarioName, state);
        }
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0 || _app is null) return;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    internal StubMapping AddCodeMapping(StubMapping mapping, ReplayResponder? responder)
    {
        lock (_gate) AddLocked(mapping, responder, _filesRoot);
        return mapping;
    }

    internal bool TryGetMapping(string id, out StubMapping? mapping)
    {
        lock (_gate)
        {
            mapping = _mappings.FirstOrDefault(r => r.Mapping.Id == id)?.Mapping;
            return mapping is not null;
        }
    }

    private static void Normalize(StubMapping m)
    {
        m.Id ??= m.Uuid ?? Guid.NewGuid().ToString();
        m.Uuid = m.Id;
    }

    private void AddLocked(StubMapping mapping, ReplayResponder? responder, string? filesRoot)
    {
        Normalize(mapping);
        _mappings.RemoveAll(r => r.Mapping.Id == mapping.Id);
        _mappings.Add(new Registration(mapping, responder, filesRoot, ++_order));
        _scenarios.Register(mapping);
    }

    private IEnumerable<Registration> Ordered() =>
        _mappings.OrderBy(r => r.Mapping.EffectivePriority).ThenByDescending(r => r.Order);

    private async Task HandleAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        try
        {
            if (_options.EnableAdminApi && context.Request.Path.StartsWithSegments("/__admin", StringComparison.Ordinal))
            {
                await _admin.HandleAsync(context, ct).ConfigureAwait(false);
                return;
            }

            var request = await RequestReader.ReadAsync(context, ct).ConfigureAwait(false);
            var (match, nearMisses) = FindMatch(request);
            var journalRequest = request.Capped(_options.JournalBodyLimit);

            if (match is null)
            {
                var report = NearMissReport(request, nearMisses);
                Journal.Add(DateTimeOffset.UtcNow, journalRequest, null, report);
                context.Response.StatusCode = 404;
                context.Response.ContentType = "text/plain; charset=utf-8";
                var bytes = Encoding.UTF8.GetBytes(report);
                context.Response.ContentLength = bytes.Length;
                await context.Response.Body.WriteAsync(bytes, ct).ConfigureAwait(false);
                return;
            }

            Journal.Add(DateTimeOffset.UtcNow, journalRequest, match.Mapping, null);
            if (match.Responder is { } responder) await responder(context, ct).ConfigureAwait(false);
            else await ResponseWriter.WriteAsync(context, match.Mapping, match.Mapping.Response ?? new ResponseDefinition(), match.FilesRoot, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away (for example during a fixed delay).
        }
        catch (Exception e) when (e is IOException or Microsoft.AspNetCore.Connections.ConnectionAbortedException && ct.IsCancellationRequested)
        {
        }
    }

    private (Registration? Match, List<(Registration Reg, RequestMatchResult Result, string? ScenarioWhy)> NearMisses) FindMatch(RecordedRequest request)
    {
        var misses = new List<(Registration, RequestMatchResult, string?)>();
        lock (_gate)
        {
            foreach (var reg in Ordered())
            {
                var result = RequestMatcher.Match(reg.Mapping.Request, request);
                string? scenarioWhy = null;
                if (reg.Mapping is { ScenarioName: { } scenario, RequiredScenarioState: { } required })
                {
                    var state = _scenarios.StateOf(scenario);
                    if (state != required) scenarioWhy = $"scenario '{scenario}' is in state '{state}', mapping requires '{required}'";
                }
                if (result.IsMatch && scenarioWhy is null)
                {
                    if (reg.Mapping is { ScenarioName: { } name, NewScenarioState: { } next }) _scenarios.Set(name, next);
                    return (reg, misses);
                }
                misses.Add((reg, result, scenarioWhy));
            }
        }
        return (null, misses);
    }

    private string NearMissReport(RecordedRequest request, List<(Registration Reg, RequestMatchResult Result, string? ScenarioWhy)> misses)
    {
        var sb = new StringBuilder();
        sb.Append("Request was not matched\n=======================\n\n");
        sb.Append(RequestReader.Describe(request));
        if (misses.Count == 0)
        {
            sb.Append("\nNo stub mappings are registered.\n");
            return sb.ToString();
        }
        sb.Append("\nClosest stub mappings:\n");
        var i = 0;
        foreach (var (reg, result, scenarioWhy) in misses
                     .OrderBy(m => m.Result.Distance + (m.ScenarioWhy is null ? 0 : 0.5))
                     .Take(Math.Max(1, _options.NearMissCount)))
        {
            sb.Append('\n').Append(++i).Append(". ").Append(reg.Mapping.DisplayName).Append('\n');
            foreach (var why in result.Failures) sb.Append("   - ").Append(why).Append('\n');
            if (scenarioWhy is not null) sb.Append("   - ").Append(scenarioWhy).Append('\n');
        }
        return sb.ToString();
    }

    private sealed record Registration(StubMapping Mapping, ReplayResponder? Responder, string? FilesRoot, long Order);
}
