using Seedance.Conformance.Drivers;
using Seedance.Conformance.Replay;
using Seedance.Conformance.Scenarios;
using Seedance.Contracts;

namespace Seedance.Conformance.Running;

/// <summary>
/// A WireMock-compatible stub server driven through its admin API: the embedded replay host, or a
/// real WireMock (<c>--target URL</c>). Before each scenario: <c>POST /__admin/reset</c>, then import
/// that scenario's mappings (never "remove all": real WireMock would delete files under its root).
/// After it: the journal must hold exactly the expected requests, all matched.
/// </summary>
internal sealed class StubServerTarget : ScenarioTarget
{
    private readonly HttpClient _http = new();
    private readonly WireMockAdminClient _admin;
    private readonly ReplayHost? _host;

    private StubServerTarget(Uri serverUrl, string mode, ReplayHost? host)
    {
        ServerUrl = serverUrl;
        Mode = mode;
        _host = host;
        _admin = new WireMockAdminClient(_http, serverUrl);
    }

    /// <summary>The server's base URL (stubs and admin API).</summary>
    public Uri ServerUrl { get; }

    /// <inheritdoc />
    public override string Mode { get; }

    /// <summary>Starts the embedded replay host serving bodies from <paramref name="recordingsRoot"/>/__files.</summary>
    public static async Task<StubServerTarget> StartEmbeddedAsync(string recordingsRoot, CancellationToken cancellationToken)
    {
        var host = await ReplayHost.StartAsync(new ReplayHostOptions { FilesDirectory = Path.Combine(recordingsRoot, "__files") }, cancellationToken).ConfigureAwait(false);
        return new StubServerTarget(host.BaseUrl, "replay", host);
    }

    /// <summary>Drives an already running WireMock whose root has the recordings' <c>__files</c> (see docs/conformance.md).</summary>
    public static async Task<StubServerTarget> ConnectAsync(Uri serverUrl, CancellationToken cancellationToken)
    {
        var target = new StubServerTarget(serverUrl, "wiremock", null);
        await target._admin.WaitUntilReadyAsync(TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
        return target;
    }

    /// <summary>
    /// Imports every scenario at once and checks the server kept them all (proves every file is a
    /// mapping the server accepts), then resets.
    /// </summary>
    public async Task<string?> CheckAllLoadAsync(IReadOnlyList<Scenario> scenarios, CancellationToken cancellationToken)
    {
        await _admin.ResetAsync(cancellationToken).ConfigureAwait(false);
        var expected = scenarios.Sum(s => s.Mappings.Count);
        foreach (var scenario in scenarios) await _admin.ImportMappingsAsync(scenario.ToImportJson(), cancellationToken).ConfigureAwait(false);
        var loaded = (await _admin.GetMappingsAsync(cancellationToken).ConfigureAwait(false)).Count;
        await _admin.ResetAsync(cancellationToken).ConfigureAwait(false);
        return loaded == expected ? null : $"{Mode} kept {loaded} of {expected} imported mappings";
    }

    /// <inheritdoc />
    public override async Task<TargetSetup> PrepareAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        await _admin.ResetAsync(cancellationToken).ConfigureAwait(false);
        await _admin.ImportMappingsAsync(scenario.ToImportJson(), cancellationToken).ConfigureAwait(false);
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
        var requests = await _admin.GetRequestsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var unmatched in requests.Where(r => !r.WasMatched).Reverse())
        {
            // The replay host explains a miss in its 404 body; real WireMock's body says less.
            var report = context.Recorder.Exchanges.LastOrDefault(e => e.Status == 404 && e.Url.AbsolutePath == new Uri(unmatched.Request?.AbsoluteUrl ?? "http://x/").AbsolutePath)?.ResponseBody;
            problems.Add($"unmatched request {unmatched.Request?.Method} {unmatched.Request?.Url}{(report is null ? "" : ": " + Shorten(report))}");
        }
        var expected = scenario.Definition.Expect?.Requests ?? 1;
        if (requests.Count != expected) problems.Add($"{requests.Count} requests reached the server, expected {expected}");
        return problems;
    }

    private static string Shorten(string text)
    {
        var flat = text.ReplaceLineEndings(" | ");
        return flat.Length > 400 ? flat[..400] + "..." : flat;
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (_host is not null) await _host.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
