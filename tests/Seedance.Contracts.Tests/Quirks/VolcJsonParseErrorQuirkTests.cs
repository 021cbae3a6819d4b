using System.Net;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Quirks;
using Seedance.Contracts.Requests;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Quirks;

/// <summary>Quirk volc-json-parse-error (seed:004) through the replay host.</summary>
public sealed class VolcJsonParseErrorQuirkTests : IAsyncLifetime
{
    private const string Volc = "/volc/v3/contents/generations/tasks";
    private const string Videos = "/v1/videos";
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>CometAPI's own sample request, the one the route failed to parse.</summary>
    private static VideoRequest DocumentedRequest()
    {
        var body = SpecExamples.Request(ProviderId.CometApiVolc, "POST", Volc, "success");
        return new VideoRequest { Model = (string)body["model"]!, Prompt = (string)body["content"]![0]!["text"]! };
    }

    private void ServeParseError() =>
        _host.Serve("POST", Volc, new Reply(500, SpecExamples.Response(ProviderId.CometApiVolc, "POST", Volc, 500, "json-parse-error")));

    [Fact]
    public async Task Without_the_fallback_the_caller_gets_a_named_exception_that_says_what_to_do()
    {
        ServeParseError();
        using var client = TestJobClients.CometApiVolc(_host);

        var error = await Assert.ThrowsAsync<CometApiVolcJsonParseException>(() => client.SubmitAsync(DocumentedRequest()));

        Assert.Equal("volc-json-parse-error", error.QuirkId);
        Assert.False(error.FallbackAttempted);
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("json_parse_error", error.ProviderCode);
        Assert.Equal("2026031209300012345678901234567", error.RequestId);
        Assert.Contains("FallbackToVideosRoute", error.Message, StringComparison.Ordinal);
        Assert.Contains("no job was created", error.Message, StringComparison.Ordinal);
        Assert.Single(_host.Sent(Volc)); // a create is never replayed after a 500
        Assert.Empty(_host.Sent(Videos));
    }

    [Fact]
    public async Task With_the_fallback_the_same_request_goes_through_v1_videos_and_the_job_belongs_to_that_route()
    {
        ServeParseError();
        _host.Serve("POST", Videos, Reply.Ok(SpecExamples.Response(ProviderId.CometApiVideos, "POST", Videos, 200, "success")));
        var videoId = (string)SpecExamples.Response(ProviderId.CometApiVideos, "POST", Videos, 200, "success")["id"]!;
        _host.ServeSequence("GET", $"{Videos}/{videoId}",
            Reply.Ok(SpecExamples.Response(ProviderId.CometApiVideos, "GET", "/v1/videos/{id}", 200, "in-progress")),
            Reply.Ok(SpecExamples.Response(ProviderId.CometApiVideos, "GET", "/v1/videos/{id}", 200, "succeeded")));
        using var client = TestJobClients.CometApiVolc(_host, fallback: true);

        var job = await client.SubmitAsync(DocumentedRequest());
        var final = await job.WaitForCompletionAsync(TestJobClients.Immediate);

        Assert.Equal(ProviderId.CometApiVideos, job.Provider);
        Assert.Equal(videoId, job.Id);
        Assert.Equal(VideoJobState.Succeeded, final.State);
        Assert.Equal(["POST " + Volc, "POST " + Videos, "GET " + Videos + "/" + videoId, "GET " + Videos + "/" + videoId],
            _host.Journal.Requests.Select(e => $"{e.Request.Method} {e.Request.Path}"));
        var form = _host.Sent(Videos, "POST")[0].Request;
        Assert.Equal("doubao-seedance-1-5-pro", form.GetPart("model")?.Value);
        Assert.Equal("A paper boat drifts on a quiet lake at sunrise.", form.GetPart("prompt")?.Value); // flags lifted into fields
        Assert.Equal("5", form.GetPart("seconds")?.Value);
        Assert.Equal("16:9", form.GetPart("size")?.Value);
    }

    [Fact]
    public async Task With_the_fallback_a_request_v1_videos_cannot_carry_is_explained_and_not_sent_there()
    {
        ServeParseError();
        using var client = TestJobClients.CometApiVolc(_host, fallback: true);

        var error = await Assert.ThrowsAsync<CometApiVolcJsonParseException>(() =>
            client.SubmitAsync(DocumentedRequest() with { Seed = 11, FirstFrame = ImageInput.FromUrl("https://cdn.example.com/a.png") }));

        Assert.True(error.FallbackAttempted);
        var invalid = Assert.IsType<SeedanceValidationException>(error.InnerException);
        Assert.Contains(invalid.Violations, v => v.Field == "seed");
        Assert.Contains(invalid.Violations, v => v.Field == "firstFrame");
        Assert.Contains("seed", error.Message, StringComparison.Ordinal);
        Assert.Empty(_host.Sent(Videos));
    }

    [Fact]
    public async Task An_ordinary_400_on_the_Volc_route_is_not_mistaken_for_the_quirk()
    {
        _host.Serve("POST", Volc, new Reply(400, SpecExamples.Response(ProviderId.CometApiVolc, "POST", Volc, 400, "invalid-parameter")));
        using var client = TestJobClients.CometApiVolc(_host, fallback: true);

        var error = await Assert.ThrowsAsync<SeedanceInvalidRequestException>(() => client.SubmitAsync(DocumentedRequest()));

        Assert.Equal("InvalidParameter", error.ProviderCode);
        Assert.Empty(_host.Sent(Videos));
    }

    [Theory]
    [InlineData("doubao-seedance-1-5-pro-251215", "doubao-seedance-1-5-pro")]
    [InlineData("doubao-seedance-1-0-pro-250528", "doubao-seedance-1-0-pro")]
    [InlineData("doubao-seedance-2-0", "doubao-seedance-2-0")]
    [InlineData("doubao-seedance-1-0-pro-fast-251015", null)]
    [InlineData("doubao-seedance-1-0-lite-t2v-250428", null)]
    [InlineData("doubao-seedance-1-5-pro-25121", null)]
    [InlineData("", null)]
    public void Dated_model_ids_map_to_the_videos_route_only_when_it_has_the_model(string volc, string? videos) =>
        Assert.Equal(videos, VolcJsonParseErrorQuirk.MapModelToVideosRoute(volc));

    [Theory]
    [InlineData(ProviderId.CometApiVolc, 500, "json_parse_error", "anything", true)]
    [InlineData(ProviderId.CometApiVolc, 400, null, "failed to parse JSON request body: unexpected end of JSON input", true)]
    [InlineData(ProviderId.CometApiVolc, 500, null, "json: cannot unmarshal string into Go struct field", true)]
    [InlineData(ProviderId.CometApiVolc, 500, null, "invalid character '}' looking for beginning of object key string", true)]
    [InlineData(ProviderId.CometApiVolc, 400, "InvalidParameter", "One or more parameters specified in the request are not valid: ratio.", false)]
    [InlineData(ProviderId.CometApiVolc, 500, null, "upstream timeout", false)]
    [InlineData(ProviderId.CometApiVideos, 500, "json_parse_error", "failed to parse JSON", false)]
    public void The_detector_needs_the_Volc_route_an_error_status_and_a_parse_failure(string provider, int status, string? code, string message, bool expected)
    {
        var exception = new SeedanceServerException("x", new SeedanceErrorContext(provider, (HttpStatusCode)status, code, message));

        Assert.Equal(expected, VolcJsonParseErrorQuirk.Matches(exception));
    }
}
