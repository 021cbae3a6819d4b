using System.Text;
using Seedance.Conformance.Replay;
using static Seedance.Conformance.Tests.TestSupport;

namespace Seedance.Conformance.Tests;

public class JournalTests
{
    [Fact]
    public async Task Journal_records_method_url_headers_body_parts_and_match_in_order()
    {
        await using var host = await StartWithAsync(
            """{"id":"11111111-1111-1111-1111-111111111111","name":"create","request":{"method":"POST","urlPath":"/v1/videos"},"response":{"status":201}}""",
            """{"name":"upload","request":{"method":"POST","urlPath":"/upload"},"response":{"status":200}}""");
        using var client = host.CreateClient();
        await SendAsync(client, HttpMethod.Post, "/v1/videos?dry=1", Json("""{"model":"m"}"""), ("Authorization", "Bearer k"));
        await SendAsync(client, HttpMethod.Post, "/upload", Multipart(("model", "m", null, null), ("image", "PNGDATA", "a.png", "image/png")));
        await SendAsync(client, HttpMethod.Get, "/nowhere");

        var entries = host.Journal.Requests;
        Assert.Equal(3, entries.Count);
        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.Sequence));

        var create = entries[0];
        Assert.Equal("POST", create.Request.Method);
        Assert.Equal("/v1/videos?dry=1", create.Request.Url);
        Assert.Equal("/v1/videos", create.Request.Path);
        Assert.Equal("1", create.Request.QueryParameters["dry"].Single());
        Assert.Equal("Bearer k", create.Request.GetHeader("authorization"));
        Assert.Equal("m", create.Request.BodyAsJson()!["model"]!.GetValue<string>());
        Assert.Equal("11111111-1111-1111-1111-111111111111", create.MappingId);
        Assert.Equal("create", create.MappingName);

        var upload = entries[1];
        Assert.Equal(2, upload.Request.Parts.Count);
        var image = upload.Request.GetPart("image")!;
        Assert.Equal("a.png", image.FileName);
        Assert.Equal("image/png", image.ContentType);
        Assert.Equal("PNGDATA", image.Value);
        Assert.Equal("m", upload.Request.GetPart("model")!.Value);

        Assert.False(entries[2].WasMatched);
        Assert.Single(host.Journal.Unmatched);
        Assert.Equal(2, host.Journal.Count(e => e.Request.Method == "POST"));
        Assert.DoesNotContain(entries.SelectMany(e => e.Request.Headers.Keys), h => h.StartsWith("X-Replay-", StringComparison.OrdinalIgnoreCase)); // internal headers stay internal

        host.Journal.Clear();
        Assert.Equal(0, host.Journal.Count());
        await SendAsync(client, HttpMethod.Post, "/upload", Json("{}"));
        Assert.Equal(4, host.Journal.Requests.Single().Sequence);
    }

    [Fact]
    public async Task Journal_caps_stored_bodies_but_keeps_the_size()
    {
        await using var host = await ReplayHost.StartAsync(new ReplayHostOptions { JournalBodyLimit = 1000 });
        host.AddMappingsFromJson("""{"request":{"method":"POST","urlPath":"/big","bodyPatterns":[{"contains":"END"}]},"response":{"status":200}}""");
        using var client = host.CreateClient();
        var body = new string('x', 5000) + "END";
        Assert.Equal(200, (await SendAsync(client, HttpMethod.Post, "/big", new StringContent(body, Encoding.UTF8))).Status); // matched on the full body
        var entry = host.Journal.Requests.Single();
        Assert.Equal(1000, entry.Request.Body.Length);
        Assert.Equal(5003, entry.Request.BodySize);
        Assert.True(entry.Request.IsBodyTruncated);
    }

    [Fact]
    public async Task WaitForAsync_completes_when_the_request_arrives()
    {
        await using var host = await StartWithAsync("""{"request":{"method":"GET","urlPath":"/w"},"response":{"status":200}}""");
        var wait = host.Journal.WaitForAsync(e => e.Request.Path == "/w");
        Assert.False(wait.IsCompleted);
        using var client = host.CreateClient();
        await client.GetAsync("/w");
        var entry = await wait.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(entry.WasMatched);
    }

    [Fact]
    public async Task Unmatched_request_gets_a_404_and_the_journal_names_the_closest_mapping()
    {
        await using var host = await StartWithAsync(
            """{"name":"create video","request":{"method":"POST","urlPath":"/v1/videos","headers":{"Authorization":{"equalTo":"Bearer good"}},"bodyPatterns":[{"matchesJsonPath":{"expression":"$.model","equalTo":"seedance-1-0-pro"}}]},"response":{"status":201}}""",
            """{"name":"unrelated","request":{"method":"DELETE","urlPath":"/zzz"},"response":{"status":200}}""");
        using var client = host.CreateClient();
        var (status, _) = await SendAsync(client, HttpMethod.Post, "/v1/videos", Json("""{"model":"seedance-1-0-lite"}"""), ("Authorization", "Bearer bad"));
        Assert.Equal(404, status);
        var entry = host.Journal.Unmatched.Single();
        Assert.Equal("No stub mapping matched POST /v1/videos; closest: \"create video\" (" + host.Mappings.Single(m => m.Name == "create video").Id + ")", entry.UnmatchedReport);
    }
}
