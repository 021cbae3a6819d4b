using System.Net;
using System.Text.Json.Nodes;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Errors;

/// <summary>
/// An error sent with a 2xx status (<c>success:false</c> with an <c>error</c> object, or a bare OpenAI-style
/// <c>{"error":{...}}</c>) is the typed provider error with the provider's code, message and request id, not
/// a format error; and a create that got one is not sent again.
/// </summary>
public sealed class ErrorEnvelopeTests : IAsyncLifetime
{
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AceData_create_answered_200_success_false_is_the_server_error_with_code_message_and_trace_id()
    {
        // The body of AceData's guide ("Example of Error Response"), sent with 200.
        _host.Serve("POST", "/seedance/videos", Reply.Ok(JsonNode.Parse(
            """{"success": false, "error": {"code": "api_error", "message": "fetch failed"}, "trace_id": "2cf86e86-22a4-46e1-ac2f-032c0f2a4e89"}""")!));
        using var client = TestJobClients.AceData(_host);

        var error = await Assert.ThrowsAsync<SeedanceServerException>(() => client.SubmitAsync(new VideoRequest { Model = "doubao-seedance-1-0-pro-250528", Prompt = "a cat" }));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Equal("api_error", error.ProviderCode);
        Assert.Equal("fetch failed", error.ProviderMessage);
        Assert.Equal("2cf86e86-22a4-46e1-ac2f-032c0f2a4e89", error.RequestId);
        Assert.Contains("success", error.RawBody, StringComparison.Ordinal);
        Assert.Equal(SeedanceErrorCategory.Server, error.Category);
        Assert.Single(_host.Sent("/seedance/videos", "POST")); // a create is never sent twice
    }

    [Fact]
    public async Task AceData_status_answered_200_not_found_envelope_is_not_found()
    {
        _host.Serve("POST", "/seedance/tasks", Reply.Ok(JsonNode.Parse(
            """{"success": false, "error": {"code": "not_found", "message": "The specified task ID was not found"}, "trace_id": "5b0e7c1e-2f7a-4a51-9d3c-0c6f1f0b9a11"}""")!));
        using var client = TestJobClients.AceData(_host);

        var error = await Assert.ThrowsAsync<SeedanceNotFoundException>(() => client.GetStatusAsync("93f11baf-347b-4bb4-9520-8653cb46d6a3"));

        Assert.Equal("not_found", error.ProviderCode);
        Assert.Equal("The specified task ID was not found", error.ProviderMessage);
    }

    [Theory]
    [InlineData("unauthorized", "Invalid API key", typeof(SeedanceAuthenticationException))]
    [InlineData("invalid_request", "duration must be 5 or 10 for seedance-1.5-pro", typeof(SeedanceInvalidRequestException))]
    [InlineData("rate_limit_exceeded", "slow down", typeof(SeedanceRateLimitException))]
    public async Task Seedance2Ink_status_answered_200_success_false_is_typed_by_its_code(string code, string message, Type expected)
    {
        _host.Serve("GET", "/api/open/v1/video/generations/req_1234567890", Reply.Ok(new JsonObject
        {
            ["success"] = false,
            ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
        }));
        using var client = TestJobClients.Seedance2Ink(_host);

        var error = await Assert.ThrowsAnyAsync<SeedanceException>(() => client.GetStatusAsync("req_1234567890"));

        Assert.IsType(expected, error);
        Assert.Equal(code, error.ProviderCode);
        Assert.Equal(message, error.ProviderMessage);
        Assert.Contains($"answered 200 {code}: {message}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CometApi_200_with_only_an_openai_style_error_object_is_the_typed_error()
    {
        _host.Serve("GET", "/volc/v3/contents/generations/tasks/cgt-20250331175019-68d9t", Reply.Ok(JsonNode.Parse(
            """{"error": {"message": "Rate limit reached", "type": "comet_api_error", "code": "rate_limit_exceeded"}}""")!));
        using var client = TestJobClients.CometApiVolc(_host);

        var error = await Assert.ThrowsAsync<SeedanceRateLimitException>(() => client.GetStatusAsync("cgt-20250331175019-68d9t"));

        Assert.Equal("rate_limit_exceeded", error.ProviderCode);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public async Task A_failed_job_with_success_true_and_an_error_object_is_a_status_not_an_exception()
    {
        // Seedance2.ink's documented failed status carries "error" next to its id and status: the job's error.
        _host.Serve("GET", "/api/open/v1/video/generations/req_1234567890",
            Reply.Ok(SpecExamples.Response("seedance2-ink", "GET", "/api/open/v1/video/generations/{requestId}", 200, "failed")));
        using var client = TestJobClients.Seedance2Ink(_host);

        var status = await client.GetStatusAsync("req_1234567890");

        Assert.Equal(VideoJobState.Failed, status.State);
        Assert.Equal("generation_failed", status.Error!.Code);
    }
}
