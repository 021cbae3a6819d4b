using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Testing;
using Seedance.Conformance.Replay;
using Seedance.Contracts;
using Seedance.Reliability.Tests.FaultMatrix;
using Seedance.Reliability.Tests.TestKit;

namespace Seedance.Reliability.Tests.Secrets;

/// <summary>
/// §4: with a distinctive fake key, every exception (Message, ToString, inner exceptions, typed fields,
/// headers), every log line at every level and every file written must be free of the key; logs redact
/// Authorization and the query strings of signed URLs. The fault matrix cells check their own
/// exceptions and logs too (<see cref="SecretAssert.NotLeaked"/>).
/// </summary>
public sealed class SecretHygieneTests(ReplayHostFixture fixture) : IClassFixture<ReplayHostFixture>
{
    private const string Signature = "SIG0b5e9d7c41";
    private const string Credential = "CRED7ac1e2f3";
    private static readonly string SignedQuery = $"X-Tos-Algorithm=TOS4-HMAC-SHA256&X-Tos-Credential={Credential}%2F20260421&X-Tos-Signature={Signature}";

    public static TheoryData<string, int, string> ErrorScenarios()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var op in OperationTable.All)
            foreach (var (status, name, _) in op.Spec.ErrorExamples) data.Add(op.Key, status, name);
        return data;
    }

    /// <summary>
    /// Every documented error body of every operation, served as documented, then again with the key
    /// echoed the way some providers quote a rejected token: in the message, in a header, in a cookie.
    /// </summary>
    [Theory]
    [MemberData(nameof(ErrorScenarios))]
    public async Task Documented_errors_and_errors_echoing_the_key_never_show_it(string operation, int status, string example)
    {
        var op = OperationTable.Get(operation);
        var body = op.Spec.ResponseExamples(status.ToString(System.Globalization.CultureInfo.InvariantCulture))[example];
        foreach (var echo in new[] { false, true })
        {
            var served = body.DeepClone();
            var headers = new List<KeyValuePair<string, string>>();
            if (echo)
            {
                EchoKey(served);
                headers.Add(new("X-Echo-Authorization", "Bearer " + TestClients.FakeKey));
                headers.Add(new("Set-Cookie", "session=" + TestClients.FakeKey));
                headers.Add(new("x-request-id", "req-" + TestClients.FakeKey));
            }
            var host = fixture.Host;
            host.Reset();
            host.Given(RequestPattern.For(op.Method, op.ExamplePath)).RespondWith(Faults.Status(status, served.ToJsonString(), headers: headers));
            var logs = new FakeLogCollector();
            using var loggerFactory = FakeLogs.Factory(logs);
            using var pipeline = SeedancePipeline.Create(TestClients.Options(host.BaseUrl, new AutoAdvancingTimeProvider(), loggerFactory), op.Provider);
            var (_, error) = await TestClients.Capture(op, pipeline);

            Assert.IsAssignableFrom<SeedanceException>(error);
            SecretAssert.NotLeaked(error, logs.GetSnapshot());
            Assert.NotEmpty(logs.GetSnapshot());
            // The key did go out, in the Authorization header and nowhere else.
            var request = Assert.Single(host.Journal.Requests.Take(1)).Request;
            Assert.Equal("Bearer " + TestClients.FakeKey, request.GetHeader("Authorization"));
            Assert.DoesNotContain(TestClients.FakeKey, request.Url, StringComparison.Ordinal);
            Assert.DoesNotContain(TestClients.FakeKey, request.BodyAsString, StringComparison.Ordinal);
        }
    }

    /// <summary>Puts the key into every string of the error body (message, code, ids), as a provider quoting the rejected token would.</summary>
    private static void EchoKey(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var text)) o[key] = $"{text} (token {TestClients.FakeKey}, Authorization: Bearer {TestClients.FakeKey})";
                    else if (value is not null) EchoKey(value);
                }
                break;
            case JsonArray a:
                foreach (var item in a) if (item is not null) EchoKey(item);
                break;
        }
    }

    [Fact]
    public async Task Logs_and_messages_redact_signed_url_queries_and_authorization()
    {
        var op = OperationTable.Get("cometapi-videos/getVideo");
        var host = fixture.Host;
        host.Reset();
        // The documented "succeeded" body with a TOS-signed video URL, and a 404 error body quoting the same URL.
        var succeeded = op.Spec.SuccessExamples["succeeded"].DeepClone();
        var videoUrl = new Uri((string)succeeded["video_url"]!).GetLeftPart(UriPartial.Path) + "?" + SignedQuery;
        succeeded["video_url"] = videoUrl;
        var error = op.Spec.ResponseExamples("400")["task-not-exist"].DeepClone();
        error["message"] = $"task_not_exist: see {videoUrl}";
        host.Given(RequestPattern.ForPathPattern("GET", "/v1/videos/signed.*")).RespondWith(Faults.Status(200, succeeded.ToJsonString()));
        host.Given(RequestPattern.ForPathPattern("GET", "/v1/videos/missing.*")).RespondWith(Faults.Status(400, error.ToJsonString()));

        var logs = new FakeLogCollector();
        using var loggerFactory = FakeLogs.Factory(logs);
        using var pipeline = SeedancePipeline.Create(TestClients.Options(host.BaseUrl, new AutoAdvancingTimeProvider(), loggerFactory), op.Provider);
        var client = new Generated.CometApiVideos.CometApiVideosClient(pipeline.RequestAdapter);

        // 1. A request whose own URL is signed (as a download through WithUrl would be).
        var signedRequestUrl = $"{host.BaseUrl.ToString().TrimEnd('/')}/v1/videos/signed?{SignedQuery}";
        var video = await pipeline.Call.InvokeAsync(RequestSafety.Idempotent,
            (scope, ct) => client.V1.Videos["x"].WithUrl(signedRequestUrl).GetAsync(scope.Apply, ct));
        Assert.Equal(videoUrl, video!.VideoUrl); // the caller still gets the full signed URL

        // 2. An error whose message quotes a signed URL.
        var failure = await Record.ExceptionAsync(() => pipeline.Call.InvokeAsync(RequestSafety.Idempotent,
            (scope, ct) => client.V1.Videos["missing"].GetAsync(scope.Apply, ct)));
        Assert.IsType<SeedanceNotFoundException>(failure);
        Assert.DoesNotContain(Signature, failure!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Credential, failure.Message, StringComparison.Ordinal);
        Assert.Contains("?REDACTED", failure.Message, StringComparison.Ordinal);

        var lines = logs.GetSnapshot();
        Assert.Contains(lines, l => l.Message.Contains("/v1/videos/signed?REDACTED", StringComparison.Ordinal));
        foreach (var line in lines)
        {
            Assert.DoesNotContain(Signature, line.AllText(), StringComparison.Ordinal);
            Assert.DoesNotContain(Credential, line.AllText(), StringComparison.Ordinal);
            Assert.DoesNotContain("Authorization", line.AllText(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Bearer", line.AllText(), StringComparison.OrdinalIgnoreCase);
        }
        SecretAssert.NotLeaked(failure, lines);
    }

    [Fact]
    public async Task The_whole_fault_matrix_leaves_the_key_in_no_exception_log_line_or_file()
    {
        var run = await FaultMatrixRun.ResultsAsync();
        var started = run.StartedUtc.AddSeconds(-1);
        var texts = 0;
        foreach (var result in run.Cells.Values)
        {
            SecretAssert.NotLeaked(result.Error, result.Logs);
            texts += SecretAssert.Texts(result.Error).Count() + result.Logs.Count;
        }
        Assert.Equal(OperationTable.All.Count * FaultCatalog.All.Count, run.Cells.Count);
        Assert.True(texts > 1000, $"only {texts} texts were checked");

        // Files: anything written since the run started under the temp directory or the test's directory.
        foreach (var root in new[] { Path.GetTempPath(), AppContext.BaseDirectory })
        {
            // Length > 0 skips FIFOs and sockets (the runtime's clr-debug-pipe-* and dotnet-diagnostic-* live in
            // the temp directory, and opening a FIFO for reading blocks until a writer appears).
            foreach (var file in SafeFiles(root).Where(f => File.GetLastWriteTimeUtc(f) >= started && new FileInfo(f).Length is > 0 and < 64 * 1024 * 1024
                && !Path.GetFileName(f).StartsWith("clr-debug-pipe", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("dotnet-diagnostic", StringComparison.Ordinal)))
            {
                string text;
                try
                {
                    text = File.ReadAllText(file);
                }
                catch (IOException)
                {
                    continue; // locked by another process
                }
                catch (UnauthorizedAccessException)
                {
                    continue;
                }
                SecretAssert.NotIn(text, "file " + file);
            }
        }
    }

    [Fact]
    public void The_key_object_and_a_refused_key_never_show_the_value()
    {
        var key = new SeedanceApiKey(TestClients.FakeKey);
        SecretAssert.NotIn(key.ToString(), "SeedanceApiKey.ToString()");
        SecretAssert.NotIn(new BearerKeyAuthenticationProvider(key).ToString(), "BearerKeyAuthenticationProvider.ToString()");
        var refused = Assert.Throws<ArgumentException>(() => new SeedanceApiKey(TestClients.FakeKey + " \r\nX-Injected: 1"));
        foreach (var (where, text) in SecretAssert.Texts(refused)) SecretAssert.NotIn(text, where);
    }

    private static IEnumerable<string> SafeFiles(string root)
    {
        try
        {
            return Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 6 }).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
