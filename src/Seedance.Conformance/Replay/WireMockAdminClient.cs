using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Seedance.Conformance.Replay;

/// <summary>
/// A typed client for the WireMock admin API subset that both this replay host and real WireMock
/// (for example <c>npx wiremock --port N --root-dir DIR</c>) serve, so a runner can drive either the same way.
/// </summary>
public sealed class WireMockAdminClient
{
    private readonly HttpClient _http;
    private readonly Uri _admin;

    /// <summary>Creates a client for the server at <paramref name="baseUrl"/> (the admin API is under <c>/__admin/</c>).</summary>
    public WireMockAdminClient(HttpClient http, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(baseUrl);
        _http = http;
        _admin = new Uri(baseUrl, "__admin/");
    }

    /// <summary>Adds one mapping (<c>POST /__admin/mappings</c>); returns it as the server stored it (with its id).</summary>
    public async Task<StubMapping> AddMappingAsync(StubMapping mapping, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return await AddMappingAsync(mapping.ToJson(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds one mapping given as WireMock JSON.</summary>
    public async Task<StubMapping> AddMappingAsync(string mappingJson, CancellationToken cancellationToken = default)
    {
        var body = await SendAsync(HttpMethod.Post, "mappings", mappingJson, cancellationToken).ConfigureAwait(false);
        return StubMapping.FromJson(body);
    }

    /// <summary>Imports mappings (<c>POST /__admin/mappings/import</c> with <c>{"mappings": [...]}</c>).</summary>
    public Task ImportMappingsAsync(IEnumerable<StubMapping> mappings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        var doc = new JsonObject { ["mappings"] = new JsonArray(mappings.Select(m => JsonSerializer.SerializeToNode(m, ReplayJson.Options)).ToArray()) };
        return ImportMappingsAsync(doc.ToJsonString(ReplayJson.Options), cancellationToken);
    }

    /// <summary>Imports a <c>{"mappings": [...]}</c> document as-is (for example a mapping file's text).</summary>
    public Task ImportMappingsAsync(string mappingsDocumentJson, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "mappings/import", mappingsDocumentJson, cancellationToken);

    /// <summary>Lists the mappings (<c>GET /__admin/mappings</c>).</summary>
    public async Task<IReadOnlyList<StubMapping>> GetMappingsAsync(CancellationToken cancellationToken = default)
    {
        var body = await SendAsync(HttpMethod.Get, "mappings", null, cancellationToken).ConfigureAwait(false);
        var node = JsonNode.Parse(body)?["mappings"] as JsonArray ?? [];
        return node.Select(m => m.Deserialize<StubMapping>(ReplayJson.Options)!).ToList();
    }

    /// <summary>Removes every mapping (<c>DELETE /__admin/mappings</c>).</summary>
    public Task RemoveAllMappingsAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, "mappings", null, cancellationToken);

    /// <summary>Restores the file-backed default mappings (<c>POST /__admin/mappings/reset</c>).</summary>
    public Task ResetMappingsAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "mappings/reset", null, cancellationToken);

    /// <summary>Resets mappings to defaults, the journal and scenarios (<c>POST /__admin/reset</c>).</summary>
    public Task ResetAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "reset", null, cancellationToken);

    /// <summary>The request journal, newest first as WireMock returns it (<c>GET /__admin/requests</c>).</summary>
    public async Task<IReadOnlyList<AdminServeEvent>> GetRequestsAsync(CancellationToken cancellationToken = default)
    {
        var body = await SendAsync(HttpMethod.Get, "requests", null, cancellationToken).ConfigureAwait(false);
        var node = JsonNode.Parse(body)?["requests"] as JsonArray ?? [];
        return node.Select(e => e.Deserialize<AdminServeEvent>(ReplayJson.Options)!).ToList();
    }

    /// <summary>Clears the journal (<c>DELETE /__admin/requests</c>).</summary>
    public Task ClearRequestsAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, "requests", null, cancellationToken);

    /// <summary>Counts journal requests matching <paramref name="pattern"/> (<c>POST /__admin/requests/count</c>).</summary>
    public async Task<int> CountRequestsAsync(RequestPattern pattern, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var body = await SendAsync(HttpMethod.Post, "requests/count", pattern.ToJson(), cancellationToken).ConfigureAwait(false);
        return JsonNode.Parse(body)?["count"]?.GetValue<int>() ?? throw new InvalidOperationException("The count response has no 'count'.");
    }

    /// <summary>The journal requests matching <paramref name="pattern"/> (<c>POST /__admin/requests/find</c>).</summary>
    public async Task<IReadOnlyList<AdminLoggedRequest>> FindRequestsAsync(RequestPattern pattern, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var body = await SendAsync(HttpMethod.Post, "requests/find", pattern.ToJson(), cancellationToken).ConfigureAwait(false);
        var node = JsonNode.Parse(body)?["requests"] as JsonArray ?? [];
        return node.Select(e => e.Deserialize<AdminLoggedRequest>(ReplayJson.Options)!).ToList();
    }

    /// <summary>Puts every scenario back in <c>Started</c> (<c>POST /__admin/scenarios/reset</c>).</summary>
    public Task ResetScenariosAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "scenarios/reset", null, cancellationToken);

    /// <summary>Lists scenarios with their states (<c>GET /__admin/scenarios</c>).</summary>
    public async Task<IReadOnlyList<AdminScenario>> GetScenariosAsync(CancellationToken cancellationToken = default)
    {
        var body = await SendAsync(HttpMethod.Get, "scenarios", null, cancellationToken).ConfigureAwait(false);
        var node = JsonNode.Parse(body)?["scenarios"] as JsonArray ?? [];
        return node.Select(e => e.Deserialize<AdminScenario>(ReplayJson.Options)!).ToList();
    }

    /// <summary>Sets a scenario's state (<c>PUT /__admin/scenarios/{name}/state</c>).</summary>
    public Task SetScenarioStateAsync(string scenarioName, string state, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, $"scenarios/{Uri.EscapeDataString(scenarioName)}/state",
            new JsonObject { ["state"] = state }.ToJsonString(), cancellationToken);

    /// <summary>
    /// Polls <c>GET /__admin/mappings</c> until the server answers or <paramref name="timeout"/> passes
    /// (for a WireMock process that is still starting).
    /// </summary>
    /// <exception cref="TimeoutException">The server did not answer in time.</exception>
    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        while (true)
        {
            try
            {
                using var response = await _http.GetAsync(new Uri(_admin, "mappings"), cts.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (OperationCanceledException) when (cts.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"{_admin} did not answer within {timeout}.");
            }
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"{_admin} did not answer within {timeout}.");
            }
        }
    }

    private async Task<string> SendAsync(HttpMethod method, string relative, string? json, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(_admin, relative));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {request.RequestUri} failed with {(int)response.StatusCode}: {body}", null, response.StatusCode);
        }
        return body;
    }
}
