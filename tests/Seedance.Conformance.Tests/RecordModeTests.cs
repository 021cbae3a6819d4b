using Microsoft.AspNetCore.Http;
using Seedance.Conformance.Cli;
using Seedance.Conformance.Live;
using Seedance.Conformance.Recording;
using Seedance.Conformance.Replay;
using Seedance.Conformance.Scenarios;
using static Seedance.Conformance.Tests.ConformanceSupport;

namespace Seedance.Conformance.Tests;

/// <summary>Record mode against the replay host posing as the live APIs: what is written is sanitized and replays.</summary>
public class RecordModeTests
{
    private const string DistinctiveKey = "sk-RECORD-canary-8c41f0e2d9";

    private static readonly string[] Recorded =
    [
        "cometapi-videos/lifecycle/succeeds",        // signed video URL (?expires=...&signature=...)
        "cometapi-videos/createVideo/invalid-token", // request id inside the message
        "acedata-seedance/createVideo/invalid-token", // trace_id in the body
        "seedance2-ink/listModels/success",          // overridden below to echo the key, set a cookie and a request id header
    ];

    [Fact]
    public async Task Recordings_are_sanitized_and_contain_no_key_signature_or_request_id()
    {
        await using var host = await StartPosingHostAsync(s => Recorded.Contains(s.Name));
        // A provider that echoes the token and sets cookies and id headers: the worst case for a recording.
        host.Given(RequestPattern.For("GET", "/api/open/v1/models")).AtPriority(1).RespondWith(async (context, ct) =>
        {
            var auth = context.Request.Headers.Authorization.ToString();
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.Headers["Set-Cookie"] = $"session={DistinctiveKey}; Path=/";
            context.Response.Headers["x-request-id"] = "req-7781-abcdef";
            context.Response.Headers["x-echo"] = auth;
            await context.Response.WriteAsync(
                $$"""{"success": true, "data": [{"id": "seedance-2.0", "note": "called with {{auth}}", "preview": "https://cdn.example/p.mp4?X-Amz-Signature=deadbeef&X-Amz-Credential={{DistinctiveKey}}"}], "trace_id": "tr-1234-5678"}""", ct);
        });
        var dir = TestSupport.TempRoot();
        var keys = AllLiveKeys(DistinctiveKey);
        var filters = Recorded.SelectMany(n => new[] { "--scenario", n }).ToArray();

        var (exit, output, error) = await RunCliAsync(Args(["--record", dir, "--allow-spend", .. BaseUrlArgs(host.BaseUrl), .. filters]), keys);

        Assert.True(exit == ConformanceCli.Success, output + error);
        Assert.Contains("4 passed, 0 failed, 0 skipped", output);
        Assert.Contains(host.Journal.Requests, r => r.Request.Headers.Any(h => h.Value.Any(v => v.Contains(DistinctiveKey, StringComparison.Ordinal))));
        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToList();
        Assert.Equal(Recorded.Length, files.Count(f => f.Contains($"{Path.DirectorySeparatorChar}mappings{Path.DirectorySeparatorChar}", StringComparison.Ordinal)));
        Assert.True(files.Count >= 2 * Recorded.Length);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var secret in new[] { DistinctiveKey, "signature=", "X-Amz-Signature", "expires=", "2efa9340-b21b-4e26-9e14-4aac95f343ab", "2026031209300012345678901234567", "req-7781-abcdef", "tr-1234-5678", "Set-Cookie", "sk-seedance-conformance-invalid-key" })
            {
                Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{file} contains {secret}");
            }
        }
        var all = string.Concat(files.Select(File.ReadAllText));
        Assert.Contains(RecordingSanitizer.SignedQueryPlaceholder, all);
        Assert.Contains(RecordingSanitizer.RequestIdPlaceholder, all);
        Assert.DoesNotContain(DistinctiveKey, output);
    }

    [Fact]
    public async Task A_recorded_directory_loads_as_scenarios_and_replays()
    {
        await using var host = await StartPosingHostAsync(s => s.Name == "cometapi-volc/lifecycle/succeeds" || s.Name == "seedance2-ink/getGeneration/not-found");
        var dir = TestSupport.TempRoot();
        var keys = new Dictionary<string, string?> { [LiveKeys.CometApi] = DistinctiveKey, [LiveKeys.Seedance2Ink] = DistinctiveKey };
        var record = await RunCliAsync(Args(["--record", dir, "--allow-spend", .. BaseUrlArgs(host.BaseUrl),
            "--scenario", "cometapi-volc/lifecycle/succeeds", "--scenario", "seedance2-ink/getGeneration/not-found"]), keys);
        Assert.True(record.Exit == ConformanceCli.Success, record.Output);

        var scenarios = ScenarioCatalog.Load(dir);
        Assert.Equal(["cometapi-volc/lifecycle/succeeds", "seedance2-ink/getGeneration/not-found"], scenarios.Select(s => s.Name));
        Assert.Equal(4, scenarios[0].Mappings.Count);

        // Replaying the recording (as live shape checks would see it) through real matching rules.
        await using var replay = await ReplayHost.StartAsync(new ReplayHostOptions { RootDirectory = dir });
        var again = await RunCliAsync(Args(["--live", "--allow-spend", .. BaseUrlArgs(replay.BaseUrl),
            "--scenario", "cometapi-volc/lifecycle/succeeds", "--scenario", "seedance2-ink/getGeneration/not-found"]), keys);
        Assert.True(again.Exit == ConformanceCli.Success, again.Output);
        Assert.Contains("2 passed, 0 failed, 0 skipped", again.Output);
    }
}
