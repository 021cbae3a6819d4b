using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Seedance.Benchmarks.ManyJobs;

/// <summary>
/// The floor P3's SDK row is compared with: the least code that submits one Seedance2.ink job and polls it
/// every interval until a terminal status, with HttpClient and JsonDocument (no validation, retries,
/// telemetry, error mapping or typed models). Its polling is the optimum the SDK's is measured against.
/// </summary>
internal sealed class RawPollingClient(HttpClient http, Uri baseUrl, string key)
{
    private static readonly string[] Terminal = ["succeeded", "failed", "cancelled"];  // x-seedance-states of getGeneration

    public async Task<string> RunJobAsync(string body, TimeSpan interval, CancellationToken cancellationToken)
    {
        string id;
        using (var create = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, "api/open/v1/video/generations")))
        {
            create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            create.Content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await http.SendAsync(create, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
            id = json.RootElement.GetProperty("requestId").GetString()!;
        }
        while (true)
        {
            await Task.Delay(interval, cancellationToken).ConfigureAwait(false);
            using var poll = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, "api/open/v1/video/generations/" + id));
            poll.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await http.SendAsync(poll, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
            var status = json.RootElement.GetProperty("status").GetString();
            if (Array.IndexOf(Terminal, status) >= 0) return status!;
        }
    }
}
