using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Seedance.Conformance.Running;

/// <summary>
/// The few calls of WireMock's admin API the runner needs against an external WireMock
/// (<c>--target URL</c>, the CI cross-check with real WireMock). The embedded host is driven through
/// <see cref="Replay.ReplayHost"/> directly. WireMock.Net's admin interface answers the same routes
/// except <c>mappings/import</c>.
/// </summary>
internal sealed class WireMockAdmin(HttpClient http, Uri baseUrl)
{
    private readonly Uri _admin = new(baseUrl, "__admin/");

    /// <summary>One request of <c>GET /__admin/requests</c>.</summary>
    public sealed record LoggedRequest(string? Method, string? Url, bool WasMatched);

    /// <summary>Mappings back to the file-backed defaults, journal and scenarios cleared (<c>POST /__admin/reset</c>).</summary>
    public Task ResetAsync(CancellationToken ct) => SendAsync(HttpMethod.Post, "reset", null, ct);

    /// <summary>Imports a <c>{"mappings": [...]}</c> document (<c>POST /__admin/mappings/import</c>).</summary>
    public Task ImportAsync(string mappingsDocument, CancellationToken ct) => SendAsync(HttpMethod.Post, "mappings/import", mappingsDocument, ct);

    /// <summary>How many mappings the server holds (<c>GET /__admin/mappings</c>).</summary>
    public async Task<int> CountMappingsAsync(CancellationToken ct) =>
        (JsonNode.Parse(await SendAsync(HttpMethod.Get, "mappings", null, ct).ConfigureAwait(false))?["mappings"] as JsonArray)?.Count ?? 0;

    /// <summary>The journal, newest first as WireMock returns it (<c>GET /__admin/requests</c>).</summary>
    public async Task<IReadOnlyList<LoggedRequest>> GetRequestsAsync(CancellationToken ct)
    {
        var body = JsonNode.Parse(await SendAsync(HttpMethod.Get, "requests", null, ct).ConfigureAwait(false));
        return (body?["requests"] as JsonArray ?? []).Select(e => new LoggedRequest(
            (string?)e?["request"]?["method"], (string?)e?["request"]?["url"], (bool?)e?["wasMatched"] ?? false)).ToList();
    }

    /// <summary>Polls <c>GET /__admin/mappings</c> until the server answers (a WireMock process still starting).</summary>
    /// <exception cref="TimeoutException">No answer within <paramref name="timeout"/>.</exception>
    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try
        {
            while (true)
            {
                try
                {
                    using var response = await http.GetAsync(new Uri(_admin, "mappings"), cts.Token).ConfigureAwait(false);
                    if (response.IsSuccessStatusCode) return;
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                await Task.Delay(TimeSpan.FromMilliseconds(200), cts.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"{_admin} did not answer within {timeout}.");
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
        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{method} {request.RequestUri} failed with {(int)response.StatusCode}: {body}", null, response.StatusCode);
        return body;
    }
}
