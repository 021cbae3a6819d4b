using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;

namespace Seedance.Emulator.Tests.Seedance2Ink;

/// <summary>The emulator and <c>prism proxy</c> for this provider, shared by the class.</summary>
public sealed class Seedance2InkPrismFixture() : PrismProxyFixture(ProviderId.Seedance2Ink);

/// <summary>
/// A scripted Seedance2.ink lifecycle through Prism in proxy mode: every answer the emulator gives (create,
/// status in each phase and outcome, cancel, models, every error) must carry no response violation in
/// <c>sl-violations</c>. Request violations appear only where the test sends a deliberately bad request.
/// </summary>
public sealed class Seedance2InkPrismTests(Seedance2InkPrismFixture fixture) : IClassFixture<Seedance2InkPrismFixture>
{
    private const string Key = SeedanceEmulatorOptions.DefaultApiKey;
    private const string Generations = "api/open/v1/video/generations";

    private static JsonObject Create(string prompt) => new()
    {
        ["model"] = "seedance-2.0",
        ["prompt"] = prompt,
        ["aspectRatio"] = "16:9",
        ["duration"] = 5,
        ["resolution"] = "720p",
        ["metadata"] = new JsonObject { ["projectId"] = "proj_1001" },
    };

    [PrismFact]
    public async Task Create_and_the_status_in_each_phase_match_the_spec()
    {
        var id = (await SendAsync(HttpMethod.Post, Generations, Create("A river"), HttpStatusCode.OK))["requestId"]!.GetValue<string>();

        var queued = await SendAsync(HttpMethod.Get, $"{Generations}/{id}", null, HttpStatusCode.OK);
        fixture.Clock.Advance(fixture.Emulator.Options.QueueTime);
        var processing = await SendAsync(HttpMethod.Get, $"{Generations}/{id}", null, HttpStatusCode.OK);
        fixture.Clock.Advance(fixture.Emulator.Options.RenderTime);
        var succeeded = await SendAsync(HttpMethod.Get, $"{Generations}/{id}", null, HttpStatusCode.OK);

        Assert.Equal(["queued", "processing", "succeeded"], new[] { queued, processing, succeeded }.Select(s => s["status"]!.GetValue<string>()));
    }

    [PrismFact]
    public async Task Jobs_the_sdk_runs_and_cancels_through_the_proxy_break_no_rule_of_the_spec()
    {
        var (client, recorder) = PrismViolationRecorder.ClientThrough(ProviderId.Seedance2Ink, fixture.Emulator, fixture.Proxy!);
        using var _ = client;
        using var __ = recorder;

        var job = await client.SubmitAsync(Seedance2InkLifecycleTests.Request() with { FirstFrame = ImageInput.FromUrl("https://example.com/first.png") });
        var cancelled = await (await client.SubmitAsync(Seedance2InkLifecycleTests.Request())).CancelAsync();
        var states = new List<VideoJobState> { (await job.UpdateAsync()).State };
        fixture.Clock.Advance(fixture.Emulator.Options.QueueTime);
        states.Add((await job.UpdateAsync()).State);
        fixture.Clock.Advance(fixture.Emulator.Options.RenderTime);
        states.Add((await job.UpdateAsync()).State);
        using var video = new MemoryStream();
        await job.DownloadToAsync(video);

        Assert.Equal([VideoJobState.Queued, VideoJobState.Running, VideoJobState.Succeeded], states);
        Assert.Equal(VideoJobState.Cancelled, cancelled.State);
        Assert.Equal(SampleVideo.Content.ToArray(), video.ToArray());
        Assert.Empty(recorder.Violations);
    }

    [PrismFact]
    public async Task Every_outcome_and_a_cancelled_job_match_the_spec()
    {
        var ids = new List<string>();
        foreach (var marker in new[] { PromptMarkers.Fail, PromptMarkers.Moderation, PromptMarkers.Expire, PromptMarkers.Slow, "" })
            ids.Add((await SendAsync(HttpMethod.Post, Generations, Create("A river " + marker), HttpStatusCode.OK))["requestId"]!.GetValue<string>());
        var cancelled = await SendAsync(HttpMethod.Post, $"{Generations}/{ids[^1]}/cancel", null, HttpStatusCode.OK);

        fixture.Clock.Advance(fixture.Emulator.Options.RenderTime * fixture.Emulator.Options.SlowFactor);
        var words = new List<string>();
        foreach (var id in ids) words.Add((await SendAsync(HttpMethod.Get, $"{Generations}/{id}", null, HttpStatusCode.OK))["status"]!.GetValue<string>());
        var tooLate = await SendAsync(HttpMethod.Post, $"{Generations}/{ids[0]}/cancel", null, HttpStatusCode.BadRequest);

        Assert.Equal("cancelled", cancelled["status"]!.GetValue<string>());
        Assert.Equal(["failed", "failed", "failed", "succeeded", "cancelled"], words);
        Assert.Equal("invalid_state", tooLate["error"]!["code"]!.GetValue<string>());
    }

    [PrismFact]
    public async Task The_model_list_matches_the_spec()
    {
        var models = await SendAsync(HttpMethod.Get, "api/open/v1/models", null, HttpStatusCode.OK);

        Assert.Equal(ModelCatalog.IdsFor(ProviderId.Seedance2Ink), models["data"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()));
    }

    [PrismFact]
    public async Task Error_answers_match_the_spec()
    {
        var wrongKey = await SendAsync(HttpMethod.Post, Generations, Create("A river"), HttpStatusCode.Unauthorized, key: "sd2_live_wrong");
        var wrongKeyModels = await SendAsync(HttpMethod.Get, "api/open/v1/models", null, HttpStatusCode.Unauthorized, key: "sd2_live_wrong");
        var catalog = await SendAsync(HttpMethod.Post, Generations, new JsonObject { ["model"] = "seedance-1.5-pro", ["prompt"] = "A river", ["duration"] = 7 }, HttpStatusCode.BadRequest);
        var unknown = await SendAsync(HttpMethod.Get, $"{Generations}/req_0000000000000000", null, HttpStatusCode.NotFound);
        var unknownCancel = await SendAsync(HttpMethod.Post, $"{Generations}/req_0000000000000000/cancel", null, HttpStatusCode.NotFound);

        Assert.All(new[] { wrongKey, wrongKeyModels }, b => Assert.Equal("unauthorized", b["error"]!["code"]!.GetValue<string>()));
        Assert.Equal("invalid_request", catalog["error"]!["code"]!.GetValue<string>());
        Assert.All(new[] { unknown, unknownCancel }, b => Assert.Equal("not_found", b["error"]!["code"]!.GetValue<string>()));
    }

    [PrismFact]
    public async Task Deliberately_bad_requests_get_answers_that_match_the_spec_and_prism_flags_only_the_request()
    {
        var noKey = await SendAsync(HttpMethod.Post, Generations, Create("A river"), HttpStatusCode.Unauthorized, key: null, badRequest: true);
        var noPrompt = await SendAsync(HttpMethod.Post, Generations, new JsonObject { ["model"] = "seedance-2.0" }, HttpStatusCode.BadRequest, badRequest: true);
        var tooLong = await SendAsync(HttpMethod.Post, Generations, new JsonObject { ["model"] = "seedance-2.0", ["prompt"] = "A river", ["duration"] = 20 }, HttpStatusCode.BadRequest, badRequest: true);

        Assert.Equal("unauthorized", noKey["error"]!["code"]!.GetValue<string>());
        Assert.Contains("prompt", noPrompt["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("duration", tooLong["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>Sends through Prism; asserts the status, no response violation, and request violations exactly when the request is bad on purpose.</summary>
    private async Task<JsonObject> SendAsync(HttpMethod method, string path, JsonObject? body, HttpStatusCode expected, string? key = Key, bool badRequest = false)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await fixture.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var violations = PrismProxy.Violations(response);

        Assert.True(expected == response.StatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        Assert.True(!violations.Any(v => v.InResponse), $"{method} {path} answered {(int)response.StatusCode} {text}\nviolations: {string.Join("\n", violations)}\n{fixture.Proxy!.Log}");
        Assert.True(badRequest == violations.Any(v => !v.InResponse), $"{method} {path}: request violations {string.Join("; ", violations)}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
