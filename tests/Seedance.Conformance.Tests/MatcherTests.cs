using Seedance.Conformance.Replay;
using static Seedance.Conformance.Tests.TestSupport;

namespace Seedance.Conformance.Tests;

/// <summary>Each matcher kind over real loopback HTTP: one request that must match and one that must not.</summary>
public class MatcherTests
{
    public static TheoryData<string, string, string, string, string> HeaderCases => new()
    {
        // name, pattern JSON, header value that matches, header value that does not
        { "equalTo", """{"equalTo":"Bearer abc"}""", "Bearer abc", "Bearer abcd", "" },
        { "equalTo caseInsensitive", """{"equalTo":"BEARER ABC","caseInsensitive":true}""", "bearer abc", "bearer abd", "" },
        { "contains", """{"contains":"json"}""", "application/json", "text/plain", "" },
        { "doesNotContain", """{"doesNotContain":"xml"}""", "application/json", "application/xml", "" },
        { "matches (whole string)", """{"matches":"Bearer [a-z]+"}""", "Bearer abc", "Bearer abc1", "" },
        { "doesNotMatch", """{"doesNotMatch":"Bearer .*"}""", "Basic abc", "Bearer abc", "" },
    };

    [Theory]
    [MemberData(nameof(HeaderCases))]
    public async Task Header_patterns_match_and_reject(string name, string pattern, string good, string bad, string unused)
    {
        _ = name;
        _ = unused;
        await using var host = await StartWithAsync(
            """{"request":{"method":"GET","urlPath":"/h","headers":{"X-Test":""" + pattern + """}},"response":{"status":200,"body":"ok"}}""");
        using var client = host.CreateClient();
        Assert.Equal(200, (await SendAsync(client, HttpMethod.Get, "/h", null, ("X-Test", good))).Status);
        Assert.Equal(404, (await SendAsync(client, HttpMethod.Get, "/h", null, ("X-Test", bad))).Status);
    }

    [Fact]
    public async Task Absent_header_matches_only_when_missing_and_header_names_are_case_insensitive()
    {
        await using var host = await StartWithAsync("""
            {"request":{"method":"GET","urlPath":"/a","headers":{"x-idempotency-key":{"absent":true},"AUTHORIZATION":{"equalTo":"Bearer k"}}},"response":{"status":204}}
            """);
        using var client = host.CreateClient();
        Assert.Equal(204, (await SendAsync(client, HttpMethod.Get, "/a", null, ("Authorization", "Bearer k"))).Status);
        Assert.Equal(404, (await SendAsync(client, HttpMethod.Get, "/a", null, ("Authorization", "Bearer k"), ("X-Idempotency-Key", "1"))).Status);
        Assert.Equal(404, (await SendAsync(client, HttpMethod.Get, "/a")).Status); // required header missing
    }

    [Theory]
    [InlineData("""{"method":"GET","url":"/v1/tasks?id=1"}""", "GET", "/v1/tasks?id=1", "/v1/tasks?id=2")]
    [InlineData("""{"method":"GET","urlPattern":"/v1/tasks\\?id=[0-9]+"}""", "GET", "/v1/tasks?id=42", "/v1/tasks?id=x")]
    [InlineData("""{"method":"GET","urlPath":"/v1/tasks"}""", "GET", "/v1/tasks?anything=1", "/v1/tasks/1")]
    [InlineData("""{"method":"GET","urlPathPattern":"/v1/tasks/[a-z0-9-]+"}""", "GET", "/v1/tasks/cgt-123", "/v1/tasks/cgt-123/x")]
    [InlineData("""{"method":"GET","urlPathTemplate":"/v1/tasks/{id}"}""", "GET", "/v1/tasks/cgt-7", "/v1/tasks/cgt-7/x")]
    [InlineData("""{"method":"GET","urlPathPattern":"/v1/tasks/[^/]+"}""", "GET", "/v1/tasks/a%2Fb", "/v1/tasks/a/b")] // the raw path, as WireMock matches it
    [InlineData("""{"method":"ANY","urlPath":"/any"}""", "DELETE", "/any", "/any2")]
    [InlineData("""{"method":"GET","urlPath":"/q","queryParameters":{"page":{"equalTo":"2"},"q":{"contains":"cat dog"}}}""", "GET", "/q?page=2&q=a+cat+dog", "/q?page=3&q=a+cat+dog")]
    public async Task Url_method_and_query_matchers(string requestJson, string method, string good, string bad)
    {
        await using var host = await StartWithAsync("""{"request":""" + requestJson + ""","response":{"status":200}}""");
        using var client = host.CreateClient();
        Assert.Equal(200, (await SendAsync(client, new HttpMethod(method), good)).Status);
        Assert.Equal(404, (await SendAsync(client, new HttpMethod(method), bad)).Status);
    }

    [Fact]
    public async Task Method_must_match()
    {
        await using var host = await StartWithAsync("""{"request":{"method":"POST","urlPath":"/m"},"response":{"status":201}}""");
        using var client = host.CreateClient();
        Assert.Equal(201, (await SendAsync(client, HttpMethod.Post, "/m", Json("{}"))).Status);
        Assert.Equal(404, (await SendAsync(client, HttpMethod.Get, "/m")).Status);
    }

    public static TheoryData<string, string, string> BodyCases => new()
    {
        // body pattern, body that matches, body that does not
        { """{"equalToJson":{"a":[1,2]}}""", """{"a":[1,2]}""", """{"a":[2,1]}""" },
        { """{"equalToJson":{"a":1},"ignoreExtraElements":true}""", """{"a":1,"b":2}""", """{"b":2}""" },
        { """{"equalToJson":{"a":1}}""", """{"a":1}""", """{"a":1,"b":2}""" },
        { """{"matchesJsonPath":"$.content[?(@.type == 'text')]"}""", """{"content":[{"type":"image_url"},{"type":"text","text":"hi"}]}""", """{"content":[{"type":"image_url"}]}""" },
        { """{"matchesJsonPath":"$.callback_url"}""", """{"callback_url":"https://x"}""", """{"other":1}""" },
        { """{"matchesJsonPath":{"expression":"$.model","equalTo":"seedance-1-0-lite-t2v"}}""", """{"model":"seedance-1-0-lite-t2v"}""", """{"model":"seedance-1-0-pro"}""" },
        { """{"contains":"seedance"}""", "model=seedance", "model=other" },
        { """{"matches":"^\\{.*\\}$"}""", "{x}", "x" },
        { """{"binaryEqualTo":"AAEC"}""", "\u0000\u0001\u0002", "\u0000\u0001" },
    };

    [Theory]
    [MemberData(nameof(BodyCases))]
    public async Task Body_patterns_match_and_reject(string bodyPattern, string good, string bad)
    {
        await using var host = await StartWithAsync(
            """{"request":{"method":"POST","urlPath":"/b","bodyPatterns":[""" + bodyPattern + """]},"response":{"status":200}}""");
        using var client = host.CreateClient();
        Assert.Equal(200, (await SendAsync(client, HttpMethod.Post, "/b", Json(good))).Status);
        Assert.Equal(404, (await SendAsync(client, HttpMethod.Post, "/b", Json(bad))).Status);
    }

    [Fact]
    public async Task Multipart_patterns_match_name_file_name_content_type_and_value()
    {
        await using var host = await StartWithAsync("""
            {"request":{"method":"POST","urlPath":"/upload","multipartPatterns":[
              {"matchingType":"ANY","headers":{"Content-Disposition":{"contains":"name=\"model\""}},"bodyPatterns":[{"equalTo":"seedance-1-0-pro"}]},
              {"matchingType":"ANY","headers":{"Content-Disposition":{"contains":"filename=\"frame.png\""},"Content-Type":{"equalTo":"image/png"}}}
            ]},"response":{"status":200}}
            """);
        using var client = host.CreateClient();
        var good = Multipart(("model", "seedance-1-0-pro", null, null), ("image", "PNG", "frame.png", "image/png"));
        Assert.Equal(200, (await SendAsync(client, HttpMethod.Post, "/upload", good)).Status);

        var wrongValue = Multipart(("model", "other", null, null), ("image", "PNG", "frame.png", "image/png"));
        Assert.Equal(404, (await SendAsync(client, HttpMethod.Post, "/upload", wrongValue)).Status);
        var wrongType = Multipart(("model", "seedance-1-0-pro", null, null), ("image", "PNG", "frame.png", "image/jpeg"));
        Assert.Equal(404, (await SendAsync(client, HttpMethod.Post, "/upload", wrongType)).Status);
        Assert.Equal(404, (await SendAsync(client, HttpMethod.Post, "/upload", Json("{}"))).Status); // not multipart at all
    }

    public static TheoryData<string, string> UnsupportedCases => new()
    {
        // request pattern, what the error names
        { """{"method":"GET","urlPath":"/u","cookies":{"s":{"equalTo":"1"}}}""", "cookies" },
        { """{"method":"GET","urlPath":"/u","headers":{"X":{"equalToXml":"<a/>"}}}""", "equalToXml" },
        { """{"method":"GET","urlPath":"/u","headers":{"X":{"and":[{"contains":"a"},{"contains":"b"}]}}}""", "and/or/not" },
        { """{"method":"GET","urlPathTemplate":"/v1/tasks/{id}","pathParameters":{"id":{"matches":"cgt-[0-9]+"}}}""", "pathParameters" },
        { """{"method":"POST","urlPath":"/u","bodyPatterns":[{"equalToJson":{"a":[1,2]},"ignoreArrayOrder":true}]}""", "ignoreArrayOrder" },
        { """{"method":"POST","urlPath":"/u","bodyPatterns":[{"matchesJsonPath":{"expression":"$.seed","absent":true}}]}""", "other than equalTo" },
        { """{"method":"POST","urlPath":"/u","bodyPatterns":[{"matchesJsonPath":{"expression":"$.content[*].type","equalTo":"text"}}]}""", "JSONPath" },
        { """{"method":"POST","urlPath":"/u","multipartPatterns":[{"matchingType":"ALL","bodyPatterns":[{"matches":"[a-z]+"}]}]}""", "matchingType ALL" },
    };

    [Theory]
    [MemberData(nameof(UnsupportedCases))]
    public async Task Untranslatable_patterns_fail_at_load_time_instead_of_matching_something_else(string requestJson, string named)
    {
        await using var host = await ReplayHost.StartAsync();
        var e = Assert.Throws<ReplayMappingException>(() => host.AddMappingsFromJson("""{"request":""" + requestJson + ""","response":{"status":200}}"""));
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
        Assert.Empty(host.Mappings);
        Assert.DoesNotContain(host.Server.Mappings, m => !m.IsAdminInterface);
    }
}
