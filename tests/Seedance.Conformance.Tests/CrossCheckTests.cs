using Seedance.Conformance.Replay;
using Seedance.Conformance.Running;
using static Seedance.Conformance.Tests.TestSupport;

namespace Seedance.Conformance.Tests;

/// <summary>The same mapping files and the same admin script against real WireMock (skipped when it is not installed).</summary>
public class CrossCheckTests
{
    [RealWireMockFact]
    public async Task Real_WireMock_answers_the_admin_calls_the_runner_makes()
    {
        var root = SampleRoot.Create();
        await using var wiremock = await RealWireMock.StartAsync(root);
        using var http = new HttpClient();
        var admin = new WireMockAdmin(http, wiremock.BaseUrl);
        await admin.ResetAsync(CancellationToken.None);
        Assert.Equal(4, await admin.CountMappingsAsync(CancellationToken.None));
        await admin.ImportAsync("""{"mappings":[{"name":"imported","request":{"method":"GET","urlPath":"/imported"},"response":{"status":204}}]}""", CancellationToken.None);
        Assert.Equal(5, await admin.CountMappingsAsync(CancellationToken.None));

        using (var r = await http.GetAsync(new Uri(wiremock.BaseUrl, "imported"))) Assert.Equal(204, (int)r.StatusCode);
        using (var r = await http.GetAsync(new Uri(wiremock.BaseUrl, "unmatched-path"))) Assert.Equal(404, (int)r.StatusCode);
        var requests = await admin.GetRequestsAsync(CancellationToken.None);
        Assert.Equal(2, requests.Count);
        Assert.Equal(new WireMockAdmin.LoggedRequest("GET", "/unmatched-path", false), requests[0]); // newest first
        Assert.Equal(new WireMockAdmin.LoggedRequest("GET", "/imported", true), requests[1]);

        await admin.ResetAsync(CancellationToken.None);
        Assert.Equal(4, await admin.CountMappingsAsync(CancellationToken.None));
        Assert.Empty(await admin.GetRequestsAsync(CancellationToken.None));
    }

    [RealWireMockFact]
    public async Task Real_WireMock_and_the_replay_host_answer_the_same_requests_the_same_way()
    {
        var root = SampleRoot.Create();
        await using var wiremock = await RealWireMock.StartAsync(root);
        await using var host = await ReplayHost.StartAsync(new ReplayHostOptions { RootDirectory = root });

        var expected = await TrafficAsync(wiremock.BaseUrl);
        var actual = await TrafficAsync(host.BaseUrl);
        Assert.Equal(expected, actual);
    }

    private static async Task<List<string>> TrafficAsync(Uri baseUrl)
    {
        using var client = new HttpClient { BaseAddress = baseUrl };
        var log = new List<string>();
        async Task Record(HttpMethod method, string url, HttpContent? content = null, params (string, string)[] headers)
        {
            var (status, body) = await SendAsync(client, method, url, content, headers);
            log.Add($"{method} {url} -> {status} {(status == 404 ? "" : body)}");
        }

        await Record(HttpMethod.Get, "/v1/tasks/t1");
        await Record(HttpMethod.Get, "/v1/tasks/t1");
        await Record(HttpMethod.Get, "/v1/tasks/t1");
        await Record(HttpMethod.Post, "/v1/videos", Json("""{"model":"seedance-1-0-pro","content":[{"type":"text","text":"a cat"}],"x":1}"""), ("Authorization", "Bearer k"));
        await Record(HttpMethod.Post, "/v1/videos", Json("""{"model":"seedance-1-0-pro","content":[{"type":"text","text":"a dog"}]}"""), ("Authorization", "Bearer k"));
        await Record(HttpMethod.Post, "/v1/videos", Json("""{"model":"seedance-1-0-pro","content":[{"type":"image_url"}]}"""), ("Authorization", "Bearer k"));
        await Record(HttpMethod.Post, "/v1/videos", Json("""{"model":"seedance-1-0-pro","content":[{"type":"text","text":"a cat"}]}"""));
        await Record(HttpMethod.Post, "/v1/uploads", Multipart(("purpose", "reference", null, null), ("file", "PNG", "frame.png", "image/png")));
        await Record(HttpMethod.Post, "/v1/uploads", Multipart(("purpose", "other", null, null), ("file", "PNG", "frame.png", "image/png")));
        await Record(HttpMethod.Post, "/v1/uploads", Multipart(("purpose", "reference", null, null), ("file", "PNG", "frame.jpg", "image/png")));
        await Record(HttpMethod.Get, "/nothing");
        return log;
    }
}
