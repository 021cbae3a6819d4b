using System.Net;
using System.Text;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Http;
using Seedance.Contracts.Tests.Http.TestKit;

namespace Seedance.Contracts.Tests.Errors;

public sealed class ErrorMappingTests
{
    private static async Task<SeedanceException> FailingPost(int status, string body, string contentType = "application/json",
        (string, string)[]? headers = null, string provider = "acedata-seedance", Action<SeedanceClientOptions>? configure = null)
    {
        await using var server = await Scripted.StartAsync(Scripted.Reply(status, body, contentType, headers ?? []));
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl, o => { o.Retry = RetryOptions.None; configure?.Invoke(o); }, provider);
        using var _p = pipeline;
        return await Assert.ThrowsAnyAsync<SeedanceException>(() =>
            pipeline.Call.InvokeAsync((scope, ct) => videos.PostAsync(new TestVideo(), scope.Apply, ct)));
    }

    [Theory]
    [InlineData(400, typeof(SeedanceInvalidRequestException))]
    [InlineData(401, typeof(SeedanceAuthenticationException))]
    [InlineData(403, typeof(SeedanceAuthenticationException))]
    [InlineData(404, typeof(SeedanceNotFoundException))]
    [InlineData(408, typeof(SeedanceTimeoutException))]
    [InlineData(409, typeof(SeedanceInvalidRequestException))]
    [InlineData(413, typeof(SeedanceInvalidRequestException))]
    [InlineData(422, typeof(SeedanceInvalidRequestException))]
    [InlineData(429, typeof(SeedanceRateLimitException))]
    [InlineData(500, typeof(SeedanceServerException))]
    [InlineData(503, typeof(SeedanceServerException))]
    public async Task Status_maps_to_type(int status, Type expected)
    {
        var error = await FailingPost(status, """{"error":{"code":"some_code","message":"Some message."},"trace_id":"trace-1"}""");

        Assert.IsType(expected, error);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal("some_code", error.ProviderCode);
        Assert.Equal("Some message.", error.ProviderMessage);
        Assert.Equal("trace-1", error.RequestId);
        Assert.Equal("acedata-seedance", error.Provider);
        Assert.Equal($"acedata-seedance answered {status} some_code: Some message. (request id trace-1)", error.Message);
    }

    [Fact]
    public async Task Task_not_exist_with_400_is_not_found()
    {
        // CometAPI: unknown id → 400, code and message both task_not_exist (providers.md §1.6).
        var error = await FailingPost(400, """{"code":"task_not_exist","message":"task_not_exist","data":null}""", provider: "cometapi-videos");

        var notFound = Assert.IsType<SeedanceNotFoundException>(error);
        Assert.Equal("task_not_exist", notFound.ProviderCode);
        Assert.Equal(HttpStatusCode.BadRequest, notFound.StatusCode);
    }

    [Fact]
    public async Task Empty_code_with_task_not_exist_message_is_not_found()
    {
        var error = await FailingPost(400, """{"error":{"code":"","message":"task_not_exist","type":"comet_api_error"}}""", provider: "cometapi-videos");
        Assert.IsType<SeedanceNotFoundException>(error);
    }

    [Fact]
    public async Task Request_id_header_wins()
    {
        var error = await FailingPost(400, """{"error":{"code":"c","message":"m (request id: from-message)"},"trace_id":"from-body"}""",
            headers: [("x-request-id", "from-header")]);
        Assert.Equal("from-header", error.RequestId);
    }

    [Theory]
    [InlineData("model name is required (request id: 2026010112345abc)", "2026010112345abc")]
    [InlineData("The API key format is incorrect. Request id:0217abcdef", "0217abcdef")]
    [InlineData("One or more parameters specified in the request are not valid. Request ID: 0217xyz123", "0217xyz123")]
    [InlineData("The request failed because the input text may contain sensitive information. Requestid: 021999", "021999")]
    public async Task Request_id_from_the_message(string message, string expected)
    {
        var error = await FailingPost(400, $$$"""{"error":{"code":"InvalidParameter","message":"{{{message}}}","param":"","type":"BadRequest"}}""", provider: "cometapi-volc");
        Assert.Equal(expected, error.RequestId);
    }

    [Fact]
    public async Task Unmapped_status_still_gets_code_message_and_body()
    {
        await using var server = await Scripted.StartAsync(Scripted.Json(418, """{"error":{"code":"teapot","message":"I am a teapot"},"trace_id":"tr-9"}"""));
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        var error = await Assert.ThrowsAsync<SeedanceInvalidRequestException>(() =>
            pipeline.Call.InvokeAsync((scope, ct) => videos.GetUnmappedAsync("v", scope.Apply, ct)));

        Assert.Equal("teapot", error.ProviderCode);
        Assert.Equal("I am a teapot", error.ProviderMessage);
        Assert.Equal("tr-9", error.RequestId);
        Assert.Contains("teapot", error.RawBody);
        Assert.IsType<Microsoft.Kiota.Abstractions.ApiException>(error.InnerException);
    }

    [Fact]
    public async Task Html_error_page_keeps_the_status_type_and_the_raw_body()
    {
        var error = await FailingPost(502, "<html><body>Bad gateway from the edge</body></html>", "text/html");

        var server = Assert.IsType<SeedanceServerException>(error);
        Assert.StartsWith("<html>", server.RawBody);
        Assert.Contains("HTML", server.Message);
        Assert.Null(server.ProviderCode);
    }

    [Fact]
    public async Task Invalid_json_error_body_keeps_the_status_type()
    {
        var error = await FailingPost(429, """{"error":{"code":"too_many""");
        Assert.IsType<SeedanceRateLimitException>(error);
        Assert.Equal("""{"error":{"code":"too_many""", error.RawBody);
    }

    [Theory]
    [InlineData("application/json", """{"id":"v","status":""")]
    [InlineData("text/html", "<html>maintenance</html>")]
    public async Task Unreadable_success_body_is_a_response_format_error(string contentType, string body)
    {
        await using var server = await Scripted.StartAsync(Scripted.Reply(200, body, contentType));
        var (pipeline, videos, _) = Pipelines.Create(server.BaseUrl);
        using var _p = pipeline;

        var error = await Assert.ThrowsAsync<SeedanceResponseFormatException>(() =>
            pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct)));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Equal(body, error.RawBody);
        Assert.Contains(contentType, error.Message);
        Assert.Equal(1, server.RequestCount());
        Assert.Contains("with a body that could not be read", error.Message);
        // Kiota 2.1 wraps the parse failure in an ApiException; the caller gets the parse failure itself.
        Assert.NotNull(error.InnerException);
        Assert.IsNotAssignableFrom<Microsoft.Kiota.Abstractions.ApiException>(error.InnerException);
    }

    [Fact]
    public async Task Raw_body_is_capped_at_8_KiB_on_a_character_boundary()
    {
        // 'é' is two bytes; 8191 ASCII bytes put the cap in the middle of it.
        var text = new string('a', 8191) + "é" + new string('b', 5000);
        var error = await FailingPost(500, text, "text/plain");

        Assert.Equal(new string('a', 8191), error.RawBody);
        Assert.True(Encoding.UTF8.GetByteCount(error.RawBody!) <= SeedanceException.MaxRawBodyBytes);
    }

    [Fact]
    public async Task A_huge_error_body_is_not_read_whole()
    {
        CountingStream? body = null;
        var stub = new StubHandler((request, attempt) =>
        {
            body = new CountingStream(50L * 1024 * 1024);
            var content = new StreamContent(body);
            content.Headers.ContentType = new("application/json");
            return new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = content };
        });
        var (pipeline, videos, _) = Pipelines.Create(new Uri("https://api.example.com"), o => { o.PrimaryHandler = stub; o.Retry = RetryOptions.None; });
        using var _p = pipeline;

        var error = await Assert.ThrowsAsync<SeedanceServerException>(() =>
            pipeline.Call.InvokeAsync((scope, ct) => videos.GetAsync("v", scope.Apply, ct)));

        Assert.InRange(body!.BytesRead, SeedanceException.MaxRawBodyBytes, ErrorCaptureHandler.MaxBufferedErrorBodyBytes + 64 * 1024);
        Assert.Equal(SeedanceException.MaxRawBodyBytes, error.RawBody!.Length);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public async Task Quirk_mappers_run_before_the_status_mapping()
    {
        var error = await FailingPost(500, """{"error":{"code":"api_error","message":"fetch failed"}}""",
            configure: o => o.ErrorMappers.Add(new FetchFailedQuirk()));

        var quirk = Assert.IsType<SeedanceQuirkException>(error);
        Assert.Equal("acedata-fetch-failed", quirk.QuirkId);
        Assert.Equal("api_error", quirk.ProviderCode);
    }

    [Fact]
    public void Translator_leaves_caller_bugs_and_cancellations_alone()
    {
        var translator = new ErrorTranslator("seedance2-ink");
        Assert.Null(translator.TryTranslate(new ArgumentException("bad")));
        Assert.Null(translator.TryTranslate(new OperationCanceledException()));
        var typed = new SeedanceServerException("x");
        Assert.Same(typed, translator.TryTranslate(typed));
    }

    [Fact]
    public void Translator_unwraps_a_single_aggregate()
    {
        var translator = new ErrorTranslator("seedance2-ink");
        var inner = new HttpRequestException(HttpRequestError.NameResolutionError, "no such host");
        var error = Assert.IsType<SeedanceConnectionException>(translator.TryTranslate(new AggregateException(inner)));
        Assert.False(error.RequestMayHaveBeenSent);
        Assert.Same(inner, error.InnerException);
    }

    [Fact]
    public void Raw_body_cap_helpers()
    {
        Assert.Null(RawBodyText.Cap(ReadOnlySpan<byte>.Empty));
        var emoji = string.Concat(Enumerable.Repeat("😀", 3000)); // 4 bytes each
        var capped = RawBodyText.Cap(emoji)!;
        Assert.Equal(2048, capped.Length / 2);
        Assert.Equal(8192, Encoding.UTF8.GetByteCount(capped));
    }

    private sealed class FetchFailedQuirk : ISeedanceErrorMapper
    {
        public SeedanceException? TryMap(SeedanceErrorContext context, string message, Exception? innerException) =>
            context.ProviderMessage == "fetch failed"
                ? new SeedanceQuirkException("acedata-fetch-failed", message, context, innerException)
                : null;
    }
}
