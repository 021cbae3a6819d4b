using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Seedance.Contracts;
using Seedance.Contracts.Jobs;

namespace Seedance.Emulator.Tests.CometApiVolc;

/// <summary>The emulator and <c>prism proxy</c> for this provider, shared by the class.</summary>
public sealed class VolcPrismFixture() : PrismProxyFixture(VolcKit.Provider);

/// <summary>
/// Every kind of answer the Volc route gives, checked by Prism against specs/cometapi-volc.yaml: no response may
/// have a violation; request violations appear only where a request is wrong on purpose, and are asserted there.
/// </summary>
public sealed class VolcPrismTests : IClassFixture<VolcPrismFixture>
{
    private readonly VolcPrismFixture _fixture;

    public VolcPrismTests(VolcPrismFixture fixture) => _fixture = fixture;

    private SeedanceEmulatorOptions Options => _fixture.Emulator.Options;

    private async Task<(HttpStatusCode Status, JsonNode? Body, IReadOnlyList<PrismViolation> Violations)> SendAsync(HttpMethod method, string path, string? json = null, string? key = SeedanceEmulatorOptions.DefaultApiKey)
    {
        using var http = new HttpClient { BaseAddress = _fixture.Proxy.BaseUrl };
        using var request = new HttpRequestMessage(method, path) { Content = json is null ? null : VolcKit.Json(json) };
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var violations = PrismProxy.Violations(response);
        Assert.False(violations.Any(v => v.InResponse), $"{method} {path} -> {(int)response.StatusCode} {text}\n{string.Join("\n", violations)}\n{_fixture.Proxy.Log}");
        return (response.StatusCode, text.Length > 0 ? JsonNode.Parse(text) : null, violations);
    }

    private async Task<string> CreateAsync(string prompt = "A paper boat drifts on a quiet lake at sunrise. --duration 5 --ratio 16:9", string? callback = null)
    {
        var body = new JsonObject
        {
            ["model"] = VolcKit.Model,
            ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = prompt }),
        };
        if (callback is not null) body["callback_url"] = callback;
        var (status, created, violations) = await SendAsync(HttpMethod.Post, VolcKit.Tasks, body.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(violations);
        return (string)created!["id"]!;
    }

    private async Task<JsonNode> StatusAsync(string id)
    {
        var (status, body, violations) = await SendAsync(HttpMethod.Get, $"{VolcKit.Tasks}/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(violations);
        return body!;
    }

    [PrismFact]
    public async Task Create_and_every_phase_of_a_succeeding_task_match_the_spec()
    {
        var id = await CreateAsync(callback: "http://127.0.0.1:9/unreachable");
        var queued = await StatusAsync(id);
        _fixture.Clock.Advance(Options.QueueTime);
        var running = await StatusAsync(id);
        _fixture.Clock.Advance(Options.RenderTime);
        var succeeded = await StatusAsync(id);

        Assert.Equal(["queued", "running", "succeeded"], new[] { queued, running, succeeded }.Select(b => (string)b["status"]!));
    }

    [PrismFact]
    public async Task The_terminal_body_of_every_outcome_matches_the_spec()
    {
        var words = new List<string>();
        foreach (var marker in new[] { PromptMarkers.Fail, PromptMarkers.Moderation, PromptMarkers.Expire, PromptMarkers.Slow })
        {
            var id = await CreateAsync($"A paper boat {marker}");
            _fixture.Clock.Advance(Options.RenderTime * Options.SlowFactor);
            words.Add((string)(await StatusAsync(id))["status"]!);
        }

        Assert.Equal(["failed", "failed", "expired", "succeeded"], words);
    }

    [PrismFact]
    public async Task A_wrong_key_gets_a_401_that_matches_the_spec_on_both_routes()
    {
        var create = await SendAsync(HttpMethod.Post, VolcKit.Tasks, $$"""{"model":"{{VolcKit.Model}}","content":[{"type":"text","text":"A boat"}]}""", key: "sk-wrong");
        var status = await SendAsync(HttpMethod.Get, $"{VolcKit.Tasks}/cgt-20261202000000-zzzzz", key: "sk-wrong");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (create.Status, status.Status));
    }

    [PrismFact]
    public async Task A_catalog_refusal_is_a_400_that_matches_the_spec()
    {
        var (status, body, violations) = await SendAsync(HttpMethod.Post, VolcKit.Tasks, $$"""{"model":"{{VolcKit.Model}}","content":[{"type":"text","text":"A boat --duration 20"}]}""");

        // The body is valid for the spec (the duration is inside the text); only the catalog refuses it.
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter"), (status, (string?)body!["code"]));
        Assert.Empty(violations);
    }

    [PrismFact]
    public async Task A_missing_model_is_a_400_that_matches_the_spec_and_a_request_prism_flags()
    {
        var (status, _, violations) = await SendAsync(HttpMethod.Post, VolcKit.Tasks, """{"content":[{"type":"text","text":"A boat"}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(violations, v => v.Location == "request.body" && v.Message.Contains("'model'", StringComparison.Ordinal));
    }

    [PrismFact]
    public async Task An_unknown_id_is_a_400_that_matches_the_spec()
    {
        var (status, body, _) = await SendAsync(HttpMethod.Get, $"{VolcKit.Tasks}/cgt-20261202000000-zzzzz");

        Assert.Equal((HttpStatusCode.BadRequest, "task_not_exist"), (status, (string?)body!["code"]));
    }

    [PrismFact]
    public async Task A_job_the_sdk_runs_through_the_proxy_breaks_no_rule_of_the_spec()
    {
        using var recorder = new PrismViolationRecorder();
        using var client = SeedanceJobClients.Create(VolcKit.Provider, _fixture.Emulator.ApiKey, new SeedanceClientOptions { BaseUrl = _fixture.Proxy.BaseUrl, PrimaryHandler = recorder });

        var job = await client.SubmitAsync(VolcKit.Request() with { FirstFrame = Seedance.Contracts.ImageInput.FromUrl("https://example.com/first.png") });
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
