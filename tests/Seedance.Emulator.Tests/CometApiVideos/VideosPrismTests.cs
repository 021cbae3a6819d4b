using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Seedance.Contracts;
using Seedance.Contracts.Jobs;

namespace Seedance.Emulator.Tests.CometApiVideos;

/// <summary>The emulator and <c>prism proxy</c> for this provider, shared by the class.</summary>
public sealed class VideosPrismFixture() : PrismProxyFixture(VideosKit.Provider);

/// <summary>
/// Every kind of answer /v1/videos gives, checked by Prism against specs/cometapi-videos.yaml: no response may
/// have a violation; request violations appear only where a request is wrong on purpose, and are asserted there.
/// </summary>
public sealed class VideosPrismTests : IClassFixture<VideosPrismFixture>
{
    private readonly VideosPrismFixture _fixture;

    public VideosPrismTests(VideosPrismFixture fixture) => _fixture = fixture;

    private SeedanceEmulatorOptions Options => _fixture.Emulator.Options;

    private async Task<(HttpStatusCode Status, JsonNode? Body, IReadOnlyList<PrismViolation> Violations)> SendAsync(HttpMethod method, string path, HttpContent? content = null, string? key = SeedanceEmulatorOptions.DefaultApiKey)
    {
        using var http = new HttpClient { BaseAddress = _fixture.Proxy.BaseUrl };
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var violations = PrismProxy.Violations(response);
        Assert.False(violations.Any(v => v.InResponse), $"{method} {path} -> {(int)response.StatusCode} {text}\n{string.Join("\n", violations)}\n{_fixture.Proxy.Log}");
        return (response.StatusCode, text.Length > 0 ? JsonNode.Parse(text) : null, violations);
    }

    private static MultipartFormDataContent Valid(string prompt = "A slow cinematic camera push across a coastal landscape at sunrise") =>
        VideosKit.Form(("prompt", prompt), ("model", VideosKit.Model), ("seconds", "5"), ("size", "16:9"), ("resolution", "720p"));

    private async Task<string> CreateAsync(string prompt = "A slow cinematic camera push across a coastal landscape at sunrise")
    {
        var (status, created, violations) = await SendAsync(HttpMethod.Post, "v1/videos", Valid(prompt));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(violations);
        return (string)created!["id"]!;
    }

    private async Task<JsonNode> StatusAsync(string id)
    {
        var (status, body, violations) = await SendAsync(HttpMethod.Get, $"v1/videos/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(violations);
        return body!;
    }

    [PrismFact]
    public async Task Create_and_every_phase_of_a_succeeding_job_match_the_spec()
    {
        var id = await CreateAsync();
        var submitted = await StatusAsync(id);
        _fixture.Clock.Advance(Options.QueueTime + (Options.RenderTime - Options.QueueTime) / 2);
        var running = await StatusAsync(id);
        _fixture.Clock.Advance(Options.RenderTime);
        var succeeded = await StatusAsync(id);

        Assert.Equal(["SUBMITTED", "IN_PROGRESS", "SUCCESS"], new[] { submitted, running, succeeded }.Select(b => (string)b["status"]!));
    }

    [PrismFact]
    public async Task The_terminal_body_of_every_outcome_matches_the_spec()
    {
        var words = new List<string>();
        foreach (var marker in new[] { PromptMarkers.Fail, PromptMarkers.Moderation, PromptMarkers.Expire, PromptMarkers.Slow })
        {
            var id = await CreateAsync($"A fox {marker}");
            _fixture.Clock.Advance(Options.RenderTime * Options.SlowFactor);
            words.Add((string)(await StatusAsync(id))["status"]!);
        }

        Assert.Equal(["ERROR", "FAILED", "ERROR", "SUCCESS"], words);
    }

    [PrismFact]
    public async Task A_wrong_key_gets_a_401_that_matches_the_spec_on_both_routes()
    {
        var create = await SendAsync(HttpMethod.Post, "v1/videos", Valid(), key: "sk-wrong");
        var status = await SendAsync(HttpMethod.Get, "v1/videos/task_abc123", key: "sk-wrong");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (create.Status, status.Status));
    }

    [PrismFact]
    public async Task Seconds_over_the_maximum_are_a_400_that_matches_the_spec_and_a_request_prism_flags()
    {
        var form = VideosKit.Form(("prompt", "A fox"), ("model", VideosKit.Model), ("seconds", "20"));

        var (status, body, violations) = await SendAsync(HttpMethod.Post, "v1/videos", form);

        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter"), (status, (string?)body!["code"]));
        Assert.Contains(violations, v => v.Location == "request.body.seconds");
    }

    [PrismFact]
    public async Task A_missing_model_is_a_400_that_matches_the_spec_and_a_request_prism_flags()
    {
        var (status, _, violations) = await SendAsync(HttpMethod.Post, "v1/videos", VideosKit.Form(("prompt", "A fox")));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(violations, v => v.Location == "request.body" && v.Message.Contains("'model'", StringComparison.Ordinal));
    }

    [PrismFact]
    public async Task An_unknown_id_is_a_400_that_matches_the_spec()
    {
        var (status, body, _) = await SendAsync(HttpMethod.Get, "v1/videos/task_abc123");

        Assert.Equal((HttpStatusCode.BadRequest, "task_not_exist"), (status, (string?)body!["code"]));
    }

    [PrismFact]
    public async Task A_job_the_sdk_runs_through_the_proxy_breaks_no_rule_of_the_spec()
    {
        using var recorder = new PrismViolationRecorder();
        using var client = SeedanceJobClients.Create(VideosKit.Provider, _fixture.Emulator.ApiKey, new SeedanceClientOptions { BaseUrl = _fixture.Proxy.BaseUrl, PrimaryHandler = recorder });
        // Text-to-video: Prism's proxy re-encodes a multipart body as UTF-8 text, which turns an image part's
        // binary bytes into U+FFFD (a PNG arrives as EF BF BD 50 4E 47...), so image uploads are tested directly.
        var job = await client.SubmitAsync(VideosKit.Request());
        var states = new List<VideoJobState> { (await job.UpdateAsync()).State };
        _fixture.Clock.Advance(Options.QueueTime);
        states.Add((await job.UpdateAsync()).State);
        _fixture.Clock.Advance(Options.RenderTime);
        states.Add((await job.UpdateAsync()).State);
        using var file = new MemoryStream();
        await job.DownloadToAsync(file);

        Assert.Equal([VideoJobState.Queued, VideoJobState.Running, VideoJobState.Succeeded], states);
        Assert.Equal(SampleVideo.Content.ToArray(), file.ToArray());
        Assert.Empty(recorder.Violations);
    }
}
