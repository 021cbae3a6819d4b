using System.Net;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Quirks;
using Seedance.Contracts.Requests;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Quirks;

/// <summary>Quirks comet-task-id-alias and comet-two-error-shapes through the replay host.</summary>
public sealed class CometApiQuirkTests : IAsyncLifetime
{
    private const string Videos = "/v1/videos";
    private const string Volc = "/volc/v3/contents/generations/tasks";
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static VideoRequest VideosRequest()
    {
        var form = SpecExamples.Request(ProviderId.CometApiVideos, "POST", Videos, "success");
        return new VideoRequest { Prompt = (string)form["prompt"]!, Model = (string)form["model"]!, Duration = (int)form["seconds"]! };
    }

    private static VideoRequest VolcRequest()
    {
        var body = SpecExamples.Request(ProviderId.CometApiVolc, "POST", Volc, "success");
        return new VideoRequest { Model = (string)body["model"]!, Prompt = (string)body["content"]![0]!["text"]! };
    }

    [Fact]
    public async Task A_create_reply_carrying_only_task_id_is_still_tracked()
    {
        var reply = SpecExamples.Response(ProviderId.CometApiVideos, "POST", Videos, 200, "success").AsObject();
        var id = (string)reply["id"]!;
        reply.Remove("id"); // the documented reply with only its alias left
        _host.Serve("POST", Videos, Reply.Ok(reply));
        using var client = TestJobClients.CometApiVideos(_host);

        var job = await client.SubmitAsync(VideosRequest());

        Assert.Equal(id, job.Id);
        Assert.Equal(id, (string)reply["task_id"]!);
    }

    [Theory]
    [InlineData("a", "b", "a")]
    [InlineData(null, "b", "b")]
    [InlineData("", "b", "b")]
    [InlineData("a", null, "a")]
    [InlineData(null, null, null)]
    public void The_alias_prefers_id(string? id, string? taskId, string? expected) =>
        Assert.Equal(expected, CometTaskIdAlias.Resolve(id, taskId));

    [Theory]
    [InlineData("model-missing", null, "model name is required (request id: ...)", nameof(CometErrorShape.Envelope))]
    [InlineData("invalid-request", "invalid_request", "...", nameof(CometErrorShape.Envelope))]
    [InlineData("seconds-out-of-range", "InvalidParameter", null, nameof(CometErrorShape.Flat))]
    [InlineData("input-reference-unsupported", "InvalidParameter", "the specified task_type r2v does not support model seedance-1-5-pro", nameof(CometErrorShape.Flat))]
    public async Task Both_error_shapes_on_create_become_InvalidRequest_with_code_and_message(string example, string? code, string? message, string shape)
    {
        var body = SpecExamples.Response(ProviderId.CometApiVideos, "POST", Videos, 400, example);
        _host.Serve("POST", Videos, new Reply(400, body));
        using var client = TestJobClients.CometApiVideos(_host);

        var error = await Assert.ThrowsAsync<SeedanceInvalidRequestException>(() => client.SubmitAsync(VideosRequest()));

        Assert.Equal(code, error.ProviderCode); // an empty code counts as missing
        Assert.Equal(message ?? (string)body["message"]!, error.ProviderMessage);
        Assert.Equal(Enum.Parse<CometErrorShape>(shape), CometErrorShapes.ShapeOf(error)); // the enum is internal: the theory names it
        Assert.Single(_host.Journal.Requests);
    }

    [Fact]
    public async Task The_flat_task_not_exist_body_on_a_400_is_NotFound()
    {
        _host.Serve("GET", $"{Videos}/task_missing", new Reply(400, SpecExamples.Response(ProviderId.CometApiVideos, "GET", "/v1/videos/{id}", 400, "task-not-exist")));
        using var client = TestJobClients.CometApiVideos(_host);

        var error = await Assert.ThrowsAsync<SeedanceNotFoundException>(() => client.GetStatusAsync("task_missing"));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("task_not_exist", error.ProviderCode);
        Assert.Equal(CometErrorShape.Flat, CometErrorShapes.ShapeOf(error));
    }

    [Fact]
    public async Task The_envelope_401_is_an_authentication_error_with_the_request_id_from_the_message()
    {
        _host.Serve("GET", $"{Videos}/task_abc123", new Reply(401, SpecExamples.Response(ProviderId.CometApiVideos, "GET", "/v1/videos/{id}", 401, "invalid-token")));
        using var client = TestJobClients.CometApiVideos(_host);

        var error = await Assert.ThrowsAsync<SeedanceAuthenticationException>(() => client.GetStatusAsync("task_abc123"));

        Assert.Null(error.ProviderCode);
        Assert.Equal("2026031209300012345678901234567", error.RequestId);
        Assert.Equal(CometErrorShape.Envelope, CometErrorShapes.ShapeOf(error));
    }

    [Theory]
    [InlineData("invalid-token", null, "2026031209300012345678901234567")]
    [InlineData("ark-authentication-error", "AuthenticationError", "0217xxxxxxx")]
    public async Task Volc_route_401_bodies_in_either_envelope_are_authentication_errors(string example, string? code, string requestId)
    {
        _host.Serve("POST", Volc, new Reply(401, SpecExamples.Response(ProviderId.CometApiVolc, "POST", Volc, 401, example)));
        using var client = TestJobClients.CometApiVolc(_host);

        var error = await Assert.ThrowsAsync<SeedanceAuthenticationException>(() => client.SubmitAsync(VolcRequest()));

        Assert.Equal(code, error.ProviderCode);
        Assert.Equal(requestId, error.RequestId);
        Assert.Equal(CometErrorShape.Envelope, CometErrorShapes.ShapeOf(error));
    }

    [Fact]
    public async Task The_flat_shape_on_the_Volc_route_is_read_too()
    {
        _host.Serve("POST", Volc, new Reply(400, SpecExamples.Response(ProviderId.CometApiVolc, "POST", Volc, 400, "invalid-parameter")));
        using var client = TestJobClients.CometApiVolc(_host);

        var error = await Assert.ThrowsAsync<SeedanceInvalidRequestException>(() => client.SubmitAsync(VolcRequest()));

        Assert.Equal("InvalidParameter", error.ProviderCode);
        Assert.Equal("021773297205999exampleabc", error.RequestId);
        Assert.Equal(CometErrorShape.Flat, CometErrorShapes.ShapeOf(error));
    }
}
