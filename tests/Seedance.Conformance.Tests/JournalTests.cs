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
        Assert.Equal(1, host.Journal.Count(RequestPattern.For("POST", "/upload").WithMultipart(MultipartPattern.ForPart("image").WithBody(StringValuePattern.Equal("PNGDATA")))));
        Assert.Equal(0, host.Journal.Count(RequestPattern.For("POST", "/upload").WithMultipart(MultipartPattern.ForPart("image").WithBody(StringValuePattern.Equal("other")))));

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
    public async Task Unmatched_request_gets_a_404_listing_the_closest_mappings_and_why()
    {
        await using var host = await StartWithAsync(
            """{"name":"create video","request":{"method":"POST","urlPath":"/v1/videos","headers":{"Authorization":{"equalTo":"Bearer good"}},"bodyPatterns":[{"matchesJsonPath":{"expression":"$.model","equalTo":"seedance-1-0-pro"}}]},"response":{"status":201}}""",
            """{"name":"unrelated","request":{"method":"DELETE","urlPath":"/zzz"},"response":{"status":200}}""");
        using var client = host.CreateClient();
        var (status, body) = await SendAsync(client, HttpMethod.Post, "/v1/videos", Json("""{"model":"seedance-1-0-lite"}"""), ("Authorization", "Bearer bad"));
        Assert.Equal(404, status);
        Assert.StartsWith("Request was not matched", body, StringComparison.Ordinal);
        var closest = body[body.IndexOf("1. ", StringComparison.Ordinal)..];
        Assert.StartsWith("1. \"create video\"", closest, StringComparison.Ordinal);
        Assert.Contains("header Authorization: expected equal to \"Bearer good\", got \"Bearer bad\"", body, StringComparison.Ordinal);
        Assert.Contains("matchesJsonPath $.model: expected equal to \"seedance-1-0-pro\", got \"seedance-1-0-lite\"", body, StringComparison.Ordinal);
        Assert.True(body.IndexOf("\"unrelated\"", StringComparison.Ordinal) > body.IndexOf("\"create video\"", StringComparison.Ordinal));
        var entry = host.Journal.Unmatched.Single();
        Assert.Equal(body, entry.UnmatchedReport);
    }
}
