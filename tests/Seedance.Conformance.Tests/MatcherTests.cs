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
        { "and", """{"and":[{"contains":"a"},{"contains":"b"}]}""", "ab", "a", "" },
        { "or", """{"or":[{"equalTo":"a"},{"equalTo":"b"}]}""", "b", "c", "" },
        { "not", """{"not":{"contains":"x"}}""", "abc", "xyz", "" },
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
    [InlineData("""{"method":"GET","urlPathTemplate":"/v1/tasks/{id}","pathParameters":{"id":{"matches":"cgt-[0-9]+"}}}""", "GET", "/v1/tasks/cgt-7", "/v1/tasks/other")]
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
        { """{"equalToJson":"{\"model\":\"seedance-1-0-pro\",\"n\":1}"}""", """{ "n": 1.0, "model": "seedance-1-0-pro" }""", """{"model":"seedance-1-0-pro","n":2}""" },
        { """{"equalToJson":{"a":[1,2]}}""", """{"a":[1,2]}""", """{"a":[2,1]}""" },
        { """{"equalToJson":{"a":[1,2]},"ignoreArrayOrder":true}""", """{"a":[2,1]}""", """{"a":[2,2]}""" },
        { """{"equalToJson":{"a":1},"ignoreExtraElements":true}""", """{"a":1,"b":2}""", """{"b":2}""" },
        { """{"equalToJson":{"a":1}}""", """{"a":1}""", """{"a":1,"b":2}""" },
        { """{"equalToJson":{"id":"${json-unit.any-string}","n":"${json-unit.any-number}"},"enablePlaceholders":true}""", """{"id":"x","n":3}""", """{"id":3,"n":3}""" },
        { """{"matchesJsonPath":"$.content[?(@.type == 'text')]"}""", """{"content":[{"type":"image_url"},{"type":"text","text":"hi"}]}""", """{"content":[{"type":"image_url"}]}""" },
        { """{"matchesJsonPath":"$.callback_url"}""", """{"callback_url":"https://x"}""", """{"other":1}""" },
        { """{"matchesJsonPath":{"expression":"$.model","equalTo":"seedance-1-0-lite-t2v"}}""", """{"model":"seedance-1-0-lite-t2v"}""", """{"model":"seedance-1-0-pro"}""" },
        { """{"matchesJsonPath":{"expression":"$.content[*].type","equalTo":"text"}}""", """{"content":[{"type":"image_url"},{"type":"text"}]}""", """{"content":[{"type":"image_url"}]}""" },
        { """{"matchesJsonPath":{"expression":"$..ratio","matches":"16:9|9:16"}}""", """{"params":{"ratio":"9:16"}}""", """{"params":{"ratio":"1:1"}}""" },
        { """{"matchesJsonPath":{"expression":"$.seed","absent":true}}""", """{"model":"m"}""", """{"seed":1}""" },
        { """{"matchesJsonPath":{"expression":"$.params","equalToJson":{"duration":5}}}""", """{"params":{"duration":5}}""", """{"params":{"duration":10}}""" },
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

    [Fact]
    public async Task Multipart_ALL_requires_every_part_to_match()
    {
        await using var host = await StartWithAsync("""
            {"request":{"method":"POST","urlPath":"/all","multipartPatterns":[
              {"matchingType":"ALL","headers":{"Content-Disposition":{"contains":"form-data"}},"bodyPatterns":[{"matches":"[a-z]+"}]}
            ]},"response":{"status":200}}
            """);
        using var client = host.CreateClient();
        Assert.Equal(200, (await SendAsync(client, HttpMethod.Post, "/all", Multipart(("a", "x", null, null), ("b", "y", null, null)))).Status);
        Assert.Equal(404, (await SendAsync(client, HttpMethod.Post, "/all", Multipart(("a", "x", null, null), ("b", "Y1", null, null)))).Status);
    }

    [Fact]
    public async Task Unsupported_matchers_never_match_instead_of_matching_everything()
    {
        await using var host = await StartWithAsync(
            """{"request":{"method":"GET","urlPath":"/u","cookies":{"s":{"equalTo":"1"}}},"response":{"status":200}}""",
            """{"request":{"method":"GET","urlPath":"/v","headers":{"X":{"equalToXml":"<a/>"}}},"response":{"status":200}}""");
        using var client = host.CreateClient();
        var (status, body) = await SendAsync(client, HttpMethod.Get, "/u");
        Assert.Equal(404, status);
        Assert.Contains("unsupported request matcher(s) 'cookies'", body, StringComparison.Ordinal);
        (status, body) = await SendAsync(client, HttpMethod.Get, "/v", null, ("X", "<a/>"));
        Assert.Equal(404, status);
        Assert.Contains("unsupported matcher 'equalToXml'", body, StringComparison.Ordinal);
    }
}
