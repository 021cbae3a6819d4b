using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;

namespace Seedance.Emulator.Tests.AceDataSeedance;

/// <summary>The emulator and <c>prism proxy</c> for this provider, shared by the class.</summary>
public sealed class AceDataPrismFixture() : PrismProxyFixture(ProviderId.AceDataSeedance);

/// <summary>
/// A scripted AceData lifecycle through Prism in proxy mode: every answer the emulator gives (create, each
/// phase of a task record, each outcome, the batch, every error) must carry no response violation in
/// <c>sl-violations</c>. Request violations appear only where the test sends a deliberately bad request.
/// </summary>
public sealed class AceDataPrismTests(AceDataPrismFixture fixture) : IClassFixture<AceDataPrismFixture>
{
    private const string Key = SeedanceEmulatorOptions.DefaultApiKey;

    private static JsonObject Create(string prompt, bool async = true)
    {
        var body = new JsonObject
        {
            ["model"] = "doubao-seedance-1-0-pro-250528",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = prompt }),
            ["resolution"] = "720p",
            ["ratio"] = "16:9",
            ["duration"] = 5,
        };
        if (async) body["async"] = true;
        return body;
    }

    [PrismFact]
    public async Task Create_and_the_record_in_each_phase_match_the_spec()
    {
        var created = await SendAsync("seedance/videos", Create("A red fox"), HttpStatusCode.OK);
        var id = created["task_id"]!.GetValue<string>();

        var queued = await SendAsync("seedance/tasks", Retrieve(id), HttpStatusCode.OK);
        fixture.Clock.Advance(fixture.Emulator.Options.QueueTime);
        var running = await SendAsync("seedance/tasks", Retrieve(id), HttpStatusCode.OK);
        fixture.Clock.Advance(fixture.Emulator.Options.RenderTime);
        var succeeded = await SendAsync("seedance/tasks", Retrieve(id), HttpStatusCode.OK);
        var batch = await SendAsync("seedance/tasks", new JsonObject { ["action"] = "retrieve_batch", ["ids"] = new JsonArray(id, "unknown") }, HttpStatusCode.OK);

        Assert.Null(queued["response"]);
        Assert.Equal("processing", running["response"]!["data"]!["status"]!.GetValue<string>());
        Assert.Equal("succeeded", succeeded["response"]!["data"]!["status"]!.GetValue<string>());
        Assert.Equal(1, batch["count"]!.GetValue<int>());
    }

    [PrismFact]
    public async Task A_job_the_sdk_runs_through_the_proxy_breaks_no_rule_of_the_spec()
    {
        var (client, recorder) = PrismViolationRecorder.ClientThrough(ProviderId.AceDataSeedance, fixture.Emulator, fixture.Proxy!);
        using var _ = client;
        using var __ = recorder;

        var job = await client.SubmitAsync(AceDataLifecycleTests.Request() with { FirstFrame = ImageInput.FromUrl("https://example.com/first.jpg"), Seed = 11 });
        var states = new List<VideoJobState> { (await job.UpdateAsync()).State };
        fixture.Clock.Advance(fixture.Emulator.Options.QueueTime);
        states.Add((await job.UpdateAsync()).State);
        fixture.Clock.Advance(fixture.Emulator.Options.RenderTime);
        states.Add((await job.UpdateAsync()).State);
        using var video = new MemoryStream();
        await job.DownloadToAsync(video);

        Assert.Equal([VideoJobState.Queued, VideoJobState.Running, VideoJobState.Succeeded], states);
        Assert.Equal(SampleVideo.Content.ToArray(), video.ToArray());
        Assert.Empty(recorder.Violations);
    }

    [PrismFact]
    public async Task A_blocking_create_answers_the_finished_task_as_the_spec_says()
    {
        var pending = SendAsync("seedance/videos", Create("A blocking fox", async: false), HttpStatusCode.OK);
        await UntilAsync(() => fixture.Emulator.GetJobs().Any(j => j.Outcome == EmulatedOutcome.Succeed && j.CompletedAt is null && j.Polls == 0));
        fixture.Clock.Advance(fixture.Emulator.Options.RenderTime);

        var finished = await pending;

        Assert.True(finished["success"]!.GetValue<bool>());
        Assert.Equal("succeeded", finished["data"]!["status"]!.GetValue<string>());
    }

    [PrismFact]
    public async Task Every_outcome_ends_in_a_record_that_matches_the_spec()
    {
        var ids = new List<string>();
        foreach (var marker in new[] { PromptMarkers.Fail, PromptMarkers.Moderation, PromptMarkers.Expire, PromptMarkers.Slow })
            ids.Add((await SendAsync("seedance/videos", Create("A fox " + marker), HttpStatusCode.OK))["task_id"]!.GetValue<string>());

        fixture.Clock.Advance(fixture.Emulator.Options.RenderTime * fixture.Emulator.Options.SlowFactor);
        var records = new List<JsonObject>();
        foreach (var id in ids) records.Add(await SendAsync("seedance/tasks", Retrieve(id), HttpStatusCode.OK));

        Assert.Equal([false, false, false, true], records.Select(r => r["response"]!["success"]!.GetValue<bool>()));
    }

    [PrismFact]
    public async Task Error_answers_match_the_spec()
    {
        var wrongKey = await SendAsync("seedance/videos", Create("A fox"), HttpStatusCode.Unauthorized, key: "sk-wrong");
        var catalog = await SendAsync("seedance/videos", new JsonObject
        {
            ["model"] = "doubao-seedance-2-0-fast-260128",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "A fox" }),
            ["resolution"] = "1080p",
        }, HttpStatusCode.BadRequest);
        var unknown = await SendAsync("seedance/tasks", Retrieve("00000000-0000-4000-8000-000000000000"), HttpStatusCode.NotFound);

        Assert.Equal("invalid_token", wrongKey["error"]!["code"]!.GetValue<string>());
        Assert.Equal("bad_request", catalog["error"]!["code"]!.GetValue<string>());
        Assert.Equal("not_found", unknown["error"]!["code"]!.GetValue<string>());
    }

    [PrismFact]
    public async Task Deliberately_bad_requests_get_answers_that_match_the_spec_and_prism_flags_only_the_request()
    {
        var noToken = await SendAsync("seedance/videos", Create("A fox"), HttpStatusCode.BadRequest, key: null, badRequest: true);
        var wrongType = await SendAsync("seedance/videos", new JsonObject
        {
            ["model"] = "doubao-seedance-1-0-pro-250528",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "A fox" }),
            ["duration"] = "five",
        }, HttpStatusCode.BadRequest, badRequest: true);

        Assert.Equal("no_token", noToken["error"]!["code"]!.GetValue<string>());
        Assert.Contains("duration", wrongType["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static JsonObject Retrieve(string id) => new() { ["action"] = "retrieve", ["id"] = id };

    /// <summary>Sends through Prism; asserts the status, no response violation, and request violations exactly when the request is bad on purpose.</summary>
    private async Task<JsonObject> SendAsync(string path, JsonObject body, HttpStatusCode expected, string? key = Key, bool badRequest = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await fixture.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var violations = PrismProxy.Violations(response);

        Assert.True(expected == response.StatusCode, $"{path}: {(int)response.StatusCode} {text}");
        Assert.True(!violations.Any(v => v.InResponse), $"{path} answered {(int)response.StatusCode} {text}\nviolations: {string.Join("\n", violations)}\n{fixture.Proxy!.Log}");
        Assert.True(badRequest == violations.Any(v => !v.InResponse), $"{path}: request violations {string.Join("; ", violations)}");
        return JsonNode.Parse(text)!.AsObject();
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold within 30 s");
            await Task.Delay(20);
        }
    }
}
