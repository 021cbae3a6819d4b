using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Testing;
using Seedance.Conformance;
using Seedance.Conformance.Cli;
using Seedance.Conformance.Live;
using Seedance.Conformance.Replay;
using Seedance.Conformance.Running;
using Seedance.Conformance.Scenarios;
using Seedance.Contracts.Catalog;
using Seedance.Reliability.Tests.TestKit;

namespace Seedance.Reliability.Tests.Secrets;

/// <summary>
/// §4, the conformance half: the whole conformance suite and the record mode, run with the distinctive
/// fake key, leave it in no console line, report, recording, log line or exception. Each test first
/// proves the key really went out (in the Authorization header), so a run that never used the key
/// cannot pass by accident.
/// </summary>
public sealed class ConformanceRunSecretTests
{
    private static readonly ConformancePaths Paths = ConformancePaths.SourceTree(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("Seedance.Contracts.sln not found above the test binaries");

    [Fact]
    public async Task The_whole_conformance_suite_leaves_the_key_in_no_output_report_log_or_exception()
    {
        // A replay host the test owns (the runner resets it between scenarios through the admin API, as
        // it does real WireMock), so the test can watch every request the run sends.
        await using var host = await ReplayHost.StartAsync(new ReplayHostOptions { FilesDirectory = Paths.FilesDirectory });
        var sent = new ConcurrentBag<string>();
        host.Journal.Recorded += entry => sent.Add(entry.Request.GetHeader("Authorization") ?? "");
        var dir = TempDirectory();
        var capture = new RunCapture();

        var (exit, output) = await capture.RunAsync(
            ["--target", host.BaseUrl.ToString(), "--report", Path.Combine(dir, "report.json"), "--junit", Path.Combine(dir, "junit.xml")],
            new Dictionary<string, string?>());

        Assert.True(exit == ConformanceCli.Success, output);
        var scenarios = ScenarioCatalog.Load(Paths.RecordingsDirectory);
        Assert.Contains($"{scenarios.Count} passed, 0 failed", output, StringComparison.Ordinal);
        // The key went out on every scenario that wants a valid one, and only in the header.
        Assert.True(sent.Count(a => a == "Bearer " + TestClients.FakeKey) >= scenarios.Count(s => s.Kind != ScenarioKinds.InvalidKey && s.Kind != ScenarioKinds.NoKey),
            $"the fake key went out {sent.Count(a => a.Contains(TestClients.FakeKey, StringComparison.Ordinal))} times");
        capture.AssertNothingLeaked(output, dir);
    }

    [Fact]
    public async Task Record_mode_leaves_the_key_in_no_recording_log_or_exception_even_when_the_server_echoes_it()
    {
        // The replay host posing as every provider's live API, answering with its recorded bodies, plus one
        // route that echoes the token back in a header, a cookie and the body: the worst case for a recording.
        await using var host = await ReplayHost.StartAsync(new ReplayHostOptions { FilesDirectory = Paths.FilesDirectory });
        // Every scenario one server can answer at once (multi-step lifecycles need their own scenario state).
        var servable = ScenarioCatalog.Load(Paths.RecordingsDirectory).Where(s => s.Kind != ScenarioKinds.Lifecycle || s.Mappings.Count == 1).ToList();
        foreach (var scenario in servable) host.AddMappingsFromJson(scenario.ToImportJson());
        // Only the real key is echoed: the bad-key scenario of the same route must still get its recorded 401.
        host.Given(RequestPattern.For("GET", "/api/open/v1/models").WithHeader("Authorization", StringValuePattern.Equal("Bearer " + TestClients.FakeKey)))
            .AtPriority(1).RespondWith(async (context, ct) =>
        {
            var auth = context.Request.Headers.Authorization.ToString();
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.Headers["Set-Cookie"] = $"session={TestClients.FakeKey}; Path=/";
            context.Response.Headers["x-echo"] = auth;
            await context.Response.WriteAsync($$"""{"success": true, "data": [{"id": "seedance-2.0", "note": "called with {{auth}}"}]}""", ct);
        });
        var sent = new ConcurrentBag<string>();
        host.Journal.Recorded += entry => sent.Add(entry.Request.GetHeader("Authorization") ?? "");
        var dir = TempDirectory();
        var recordings = Path.Combine(dir, "recorded");
        var keys = ProviderId.All.Select(LiveKeys.VariableFor).Distinct().ToDictionary(v => v, _ => (string?)TestClients.FakeKey);
        var baseUrls = ProviderId.All.SelectMany(p => new[] { "--base-url", $"{p}={host.BaseUrl.ToString().TrimEnd('/')}" });
        var capture = new RunCapture();

        var (exit, output) = await capture.RunAsync(
            ["--record", recordings, "--allow-spend", .. baseUrls, "--report", Path.Combine(dir, "report.json"), "--junit", Path.Combine(dir, "junit.xml"),
                .. servable.SelectMany(s => new[] { "--scenario", s.Name })],
            keys);

        Assert.True(exit == ConformanceCli.Success, output);
        Assert.Contains(sent, a => a == "Bearer " + TestClients.FakeKey);
        var report = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "report.json")))!["scenarios"]!.AsArray();
        Assert.Contains(report, r => (string?)r!["scenario"] == "seedance2-ink/listModels/success" && (string?)r["outcome"] == "passed");
        var written = Directory.EnumerateFiles(recordings, "*.json", SearchOption.AllDirectories).ToList();
        Assert.True(written.Count >= 10, $"only {written.Count} files were recorded:\n{output}");
        capture.AssertNothingLeaked(output, dir);
    }

    private static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "seedance-secrets-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>One in-process runner invocation with every observable channel captured.</summary>
    private sealed class RunCapture
    {
        private readonly FakeLogCollector _logs = new();
        private readonly ConcurrentQueue<(string Scenario, Exception Error)> _errors = new();

        public async Task<(int Exit, string Output)> RunAsync(string[] args, IReadOnlyDictionary<string, string?> environment)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var hooks = new ConformanceHooks
            {
                ReplayKey = TestClients.FakeKey,
                LoggerFactory = FakeLogs.Factory(_logs),
                ExceptionObserved = (scenario, exception) => _errors.Enqueue((scenario, exception)),
            };
            var exit = await ConformanceCli.RunAsync(
                ["--specs", Paths.SpecsDirectory, "--recordings", Paths.RecordingsDirectory, .. args],
                output, error, new ConformanceEnvironment(environment), hooks, CancellationToken.None);
            return (exit, output + error.ToString());
        }

        /// <summary>Console text, every file under <paramref name="dir"/>, every log line and every caught exception.</summary>
        public void AssertNothingLeaked(string output, string dir)
        {
            SecretAssert.NotIn(output, "the runner's console output");
            var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToList();
            Assert.Contains(files, f => f.EndsWith("report.json", StringComparison.Ordinal));
            Assert.Contains(files, f => f.EndsWith("junit.xml", StringComparison.Ordinal));
            foreach (var file in files) SecretAssert.NotIn(File.ReadAllText(file), "file " + file);
            var lines = _logs.GetSnapshot();
            Assert.NotEmpty(lines);
            foreach (var line in lines) SecretAssert.NotIn(line.AllText(), "log line " + line.Category);
            Assert.NotEmpty(_errors); // the 400/401 scenarios raise typed errors: they must be seen
            foreach (var (scenario, exception) in _errors)
                foreach (var (where, text) in SecretAssert.Texts(exception)) SecretAssert.NotIn(text, $"{scenario}: {where}");
        }
    }
}
