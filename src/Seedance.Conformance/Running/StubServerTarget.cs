using Seedance.Conformance.Drivers;
using Seedance.Conformance.Replay;
using Seedance.Conformance.Scenarios;
using Seedance.Contracts;

namespace Seedance.Conformance.Running;

/// <summary>
/// A WireMock-format stub server: the embedded replay host (WireMock.Net), driven in-process, or a real
/// WireMock (<c>--target URL</c>), driven through its admin API. Before each scenario: reset, then add
/// that scenario's mappings (never "remove all": real WireMock would delete files under its root).
/// After it: the journal must hold exactly the expected requests, all matched.
/// </summary>
internal sealed class StubServerTarget : ScenarioTarget
{
    private readonly HttpClient _http = new();
    private readonly WireMockAdmin? _admin;
    private readonly ReplayHost? _host;

    private StubServerTarget(Uri serverUrl, string mode, ReplayHost? host)
    {
        ServerUrl = serverUrl;
        Mode = mode;
        _host = host;
        if (host is null) _admin = new WireMockAdmin(_http, serverUrl);
    }

    /// <summary>The server's base URL (stubs and admin API).</summary>
    public Uri ServerUrl { get; }

    /// <inheritdoc />
    public override string Mode { get; }

    /// <summary>Starts the embedded replay host serving bodies from <paramref name="recordingsRoot"/>/__files.</summary>
    public static async Task<StubServerTarget> StartEmbeddedAsync(string recordingsRoot, CancellationToken cancellationToken)
    {
        var host = await ReplayHost.StartAsync(new ReplayHostOptions { FilesDirectory = Path.Combine(recordingsRoot, "__files"), EnableAdminApi = false }, cancellationToken).ConfigureAwait(false);
        return new StubServerTarget(host.BaseUrl, "replay", host);
    }

    /// <summary>Drives an already running WireMock whose root has the recordings' <c>__files</c> (see docs/conformance.md).</summary>
    public static async Task<StubServerTarget> ConnectAsync(Uri serverUrl, CancellationToken cancellationToken)
    {
        var target = new StubServerTarget(serverUrl, "wiremock", null);
        await target._admin!.WaitUntilReadyAsync(TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
        return target;
    }

    /// <summary>
    /// Adds every scenario at once and checks the server kept them all (proves every file is a
    /// mapping the server accepts), then resets.
    /// </summary>
    public async Task<string?> CheckAllLoadAsync(IReadOnlyList<Scenario> scenarios, CancellationToken cancellationToken)
    {
        await ResetAsync(cancellationToken).ConfigureAwait(false);
        var expected = scenarios.Sum(s => s.Mappings.Count);
        foreach (var scenario in scenarios) await AddAsync(scenario, cancellationToken).ConfigureAwait(false);
        var loaded = _host is not null ? _host.Mappings.Count : await _admin!.CountMappingsAsync(cancellationToken).ConfigureAwait(false);
        await ResetAsync(cancellationToken).ConfigureAwait(false);
        return loaded == expected ? null : $"{Mode} kept {loaded} of {expected} imported mappings";
    }

    /// <inheritdoc />
    public override async Task<TargetSetup> PrepareAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        await ResetAsync(cancellationToken).ConfigureAwait(false);
        await AddAsync(scenario, cancellationToken).ConfigureAwait(false);
        return TargetSetup.Run(ServerUrl);
    }

    /// <inheritdoc />
    public override SeedanceApiKey? ValidKey(string provider) => new(ConformanceKeys.ReplayKey);

    /// <inheritdoc />
    public override async Task<IReadOnlyList<string>> VerifyAsync(Scenario scenario, DriverContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(context);
        var problems = new List<string>();
        int count;
        if (_host is not null)
        {
            var requests = _host.Journal.Requests;
            count = requests.Count;
            foreach (var unmatched in requests.Where(r => !r.WasMatched)) problems.Add($"unmatched request: {unmatched.UnmatchedReport}");
        }
        else
        {
            var requests = await _admin!.GetRequestsAsync(cancellationToken).ConfigureAwait(false);
            count = requests.Count;
            foreach (var unmatched in requests.Where(r => !r.WasMatched).Reverse()) problems.Add($"unmatched request {unmatched.Method} {unmatched.Url}");
        }
        var expected = scenario.Definition.Expect?.Requests ?? 1;
        if (count != expected) problems.Add($"{count} requests reached the server, expected {expected}");
        return problems;
    }

    private Task ResetAsync(CancellationToken cancellationToken)
    {
        if (_host is null) return _admin!.ResetAsync(cancellationToken);
        _host.Reset();
        return Task.CompletedTask;
    }

    private Task AddAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        if (_host is null) return _admin!.ImportAsync(scenario.ToImportJson(), cancellationToken);
        _host.AddMappingsFromJson(scenario.ToImportJson());
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (_host is not null) await _host.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
