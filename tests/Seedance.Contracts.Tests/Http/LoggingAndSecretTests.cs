using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Http;
using Seedance.Contracts.Tests.Http.TestKit;

namespace Seedance.Contracts.Tests.Http;

public sealed class LoggingAndSecretTests
{
    [Fact]
    public async Task Logs_redact_authorization_and_signed_url_queries()
    {
        await using var server = await Scripted.StartAsync(
            Scripted.Json(503, "{}", ("x-request-id", "req-503")),
            Scripted.Json(200, """{"id":"v"}""", ("x-request-id", "req-200")));
        var logs = new FakeLogCollector();
        using var factory = FakeLogs.Factory(logs);
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl, o => o.LoggerFactory = factory);
        using var _p = pipeline;
        var signed = new Uri(server.BaseUrl, "/files/video.mp4?X-Tos-Signature=SIGNATURE123&X-Tos-Expires=3600").ToString();

        await pipeline.Call.InvokeAsync((scope, ct) => videos.GetByUrlAsync(signed, scope.Apply, ct));

        var all = logs.AllText();
        Assert.DoesNotContain(Pipelines.FakeKey, all);
        Assert.DoesNotContain("SIGNATURE123", all);
        Assert.DoesNotContain("Authorization", all, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/files/video.mp4?REDACTED", all);

        var http = logs.GetSnapshot().Where(l => l.Category == "Seedance.Http").ToArray();
        Assert.Equal(2, http.Length);
        Assert.Equal(LogLevel.Information, http[0].Level);
        Assert.Contains("answered 503 (attempt 1)", http[0].Message);
        Assert.Contains("request id req-503", http[0].Message);
        Assert.Equal(LogLevel.Debug, http[1].Level);
        Assert.Contains("answered 200 (attempt 2)", http[1].Message);
        var retry = Assert.Single(logs.GetSnapshot(), l => l.Category == "Seedance.Http.Retry");
        Assert.Contains("after 503 (retry 1 of 3)", retry.Message);
        // The server did receive the key: redaction is about what we write out, not what we send.
        Assert.All(server.Journal.Requests, r => Assert.Equal("Bearer " + Pipelines.FakeKey, r.Authorization()));
    }

    [Fact]
    public async Task The_key_never_appears_in_exceptions_even_when_the_server_echoes_it()
    {
        // The echo answers only a request that carried exactly this Authorization (anything else gets WireMock's 404).
        const string sent = "Bearer " + Pipelines.FakeKey;
        await using var server = await ReplayHost.StartAsync();
        server.ServeSteps(Scripted.AnyRequest().WithHeader("Authorization", StringValuePattern.Equal(sent)), Scripted.Json(401,
            $$$"""{"error":{"code":"invalid_token","message":"The specified token {{{sent}}} is invalid (request id: 20260101abc)"}}""",
            ("x-echo-authorization", sent), ("Set-Cookie", "session=" + Pipelines.FakeKey)));
        var logs = new FakeLogCollector();
        using var factory = FakeLogs.Factory(logs);
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl, o => o.LoggerFactory = factory);
        using var _p = pipeline;

        var error = await Assert.ThrowsAsync<SeedanceAuthenticationException>(() =>
            pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct)));

        Assert.DoesNotContain(Pipelines.FakeKey, error.Message);
        Assert.DoesNotContain(Pipelines.FakeKey, error.ToString());
        Assert.DoesNotContain(Pipelines.FakeKey, error.ProviderMessage);
        Assert.DoesNotContain(Pipelines.FakeKey, error.RawBody);
        Assert.DoesNotContain(Pipelines.FakeKey, string.Join(",", error.Context.Headers!.SelectMany(h => h.Value)));
        Assert.DoesNotContain(Pipelines.FakeKey, error.Context.ToString());
        Assert.DoesNotContain(Pipelines.FakeKey, logs.AllText());
        Assert.Equal(["REDACTED"], error.Context.Headers!["x-echo-authorization"]);
        Assert.Equal("20260101abc", error.RequestId);
        // The generated model echoed the key in its own fields, so it is replaced by a scrubbed stand-in that
        // still answers as a provider error with the same status and code: nothing in the chain holds the key.
        var inner = Assert.IsAssignableFrom<Microsoft.Kiota.Abstractions.ApiException>(error.InnerException);
        var provider = Assert.IsAssignableFrom<Seedance.Generated.Runtime.IProviderError>(inner);
        Assert.Equal(401, inner.ResponseStatusCode);
        Assert.Equal("invalid_token", provider.ProviderErrorCode);
        Assert.DoesNotContain(Pipelines.FakeKey, inner.Message);
        Assert.DoesNotContain(Pipelines.FakeKey, provider.ProviderErrorMessage);
        Assert.DoesNotContain(Pipelines.FakeKey, string.Join(",", inner.ResponseHeaders.SelectMany(h => h.Value)));
    }

    [Fact]
    public void Api_key_and_options_never_print_the_key()
    {
        var key = new SeedanceApiKey(Pipelines.FakeKey);
        var options = new SeedanceClientOptions { ApiKey = key };
        Assert.DoesNotContain(Pipelines.FakeKey, key.ToString());
        Assert.DoesNotContain(Pipelines.FakeKey, options.ToString());
        Assert.DoesNotContain(Pipelines.FakeKey, new BearerKeyAuthenticationProvider(key).ToString()!);
        var bad = Assert.Throws<ArgumentException>(() => new SeedanceApiKey(Pipelines.FakeKey + "\r\nX: y"));
        Assert.DoesNotContain(Pipelines.FakeKey, bad.ToString());
    }

    [Fact]
    public async Task The_key_goes_only_to_the_base_url_host()
    {
        await using var other = await Scripted.StartAsync(Scripted.Json(200, """{"id":"v"}"""));
        await using var server = await Scripted.StartAsync(Scripted.Json(200, """{"id":"v"}"""));
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        await pipeline.Call.InvokeAsync((scope, ct) => videos.GetByUrlAsync(new Uri(other.BaseUrl, "/download").ToString(), scope.Apply, ct));
        await pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct));

        Assert.Equal("", Assert.Single(other.Journal.Requests).Authorization());
        Assert.Equal("Bearer " + Pipelines.FakeKey, Assert.Single(server.Journal.Requests).Authorization());
    }

    [Fact]
    public async Task The_key_is_never_sent_over_plain_http_to_a_remote_host()
    {
        var auth = new BearerKeyAuthenticationProvider(new SeedanceApiKey(Pipelines.FakeKey));
        var request = new Microsoft.Kiota.Abstractions.RequestInformation
        {
            HttpMethod = Microsoft.Kiota.Abstractions.Method.GET,
            URI = new Uri("http://api.example.com/v1/videos"),
        };

        var error = await Assert.ThrowsAsync<SeedanceException>(() => auth.AuthenticateRequestAsync(request));

        Assert.Contains("https", error.Message);
        Assert.False(request.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public void Redactor_scrubs_keys_bearer_tokens_urls_and_headers()
    {
        var redactor = new Redactor([Pipelines.FakeKey]);
        Assert.Equal("key REDACTED here", redactor.Scrub($"key {Pipelines.FakeKey} here"));
        Assert.Equal("Authorization: Bearer REDACTED", redactor.Scrub("Authorization: Bearer abc.def-ghi"));
        Assert.Equal("see https://cdn.example.com/v.mp4?REDACTED now",
            redactor.ScrubForLog("see https://cdn.example.com/v.mp4?X-Amz-Signature=abc&X-Amz-Expires=60 now"));
        Assert.Equal("https://cdn.example.com/v.mp4?REDACTED",
            redactor.RedactUrl(new Uri("https://user:pw@cdn.example.com/v.mp4?sig=abc#frag")));
        Assert.Equal("https://api.example.com/v1/videos/abc", redactor.RedactUrl(new Uri("https://api.example.com/v1/videos/abc")));

        var headers = redactor.RedactHeaders(
        [
            new("Authorization", ["Bearer " + Pipelines.FakeKey]),
            new("Cookie", ["a=b"]),
            new("x-request-id", ["req-1"]),
            new("Retry-After", ["5"]),
        ]);
        Assert.Equal(["REDACTED"], headers["Authorization"]);
        Assert.Equal(["REDACTED"], headers["cookie"]);
        Assert.Equal(["req-1"], headers["X-Request-Id"]);
        Assert.Equal(["5"], headers["retry-after"]);
    }
}
