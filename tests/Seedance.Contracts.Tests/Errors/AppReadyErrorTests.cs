using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Providers.Seedance2Ink;
using Seedance.Contracts.Tests.Http.TestKit;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Errors;

/// <summary>What an app needs from a failure and a status: a category, a retryable flag, the request id, string enums, no key.</summary>
public sealed class AppReadyErrorTests : IAsyncLifetime
{
    private const string Poll = "/api/open/v1/video/generations/req_1234567890";
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<SeedanceException, SeedanceErrorCategory, bool> Kinds() => new()
    {
        { new SeedanceValidationException([new ValidationProblem("duration", "20", "4..15", "range")], "seedance2-ink"), SeedanceErrorCategory.Validation, false },
        { new SeedanceInvalidRequestException("400"), SeedanceErrorCategory.InvalidRequest, false },
        { new SeedanceAuthenticationException("401"), SeedanceErrorCategory.Authentication, false },
        { new SeedanceNotFoundException("404"), SeedanceErrorCategory.NotFound, false },
        { new SeedanceRateLimitException("429"), SeedanceErrorCategory.RateLimited, true },
        { new SeedanceServerException("503"), SeedanceErrorCategory.Server, true },
        { new SeedanceTimeoutException("late", SeedanceTimeoutKind.Call), SeedanceErrorCategory.Timeout, true },
        { new SeedanceConnectionException("reset", HttpRequestError.ConnectionError, requestMayHaveBeenSent: false), SeedanceErrorCategory.Connection, true },
        { new SeedanceResponseFormatException("html"), SeedanceErrorCategory.ResponseFormat, false },
        { new SeedanceNotSupportedException("acedata-seedance", "cancel", "no cancel route"), SeedanceErrorCategory.NotSupported, false },
        { new SeedanceJobFailedException(new VideoJobStatus("req_1", "seedance2-ink", VideoJobState.Failed, "failed")), SeedanceErrorCategory.JobFailed, false },
        { new SeedanceQuirkException("comet-404-as-400", "quirk"), SeedanceErrorCategory.Quirk, false },
        { new SeedanceException("other"), SeedanceErrorCategory.Unknown, false },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_exception_type_names_its_category_and_whether_a_retry_can_help(SeedanceException error, SeedanceErrorCategory category, bool retryable)
    {
        Assert.Equal(category, error.Category);
        Assert.Equal(retryable, error.IsRetryable);
    }

    [Fact]
    public async Task A_status_carries_the_request_id_of_the_response_it_came_from()
    {
        _host.Serve("GET", Poll, Reply.Ok(Documented("processing"), ("x-request-id", "20260421-abc123")));
        using var client = TestJobClients.Seedance2Ink(_host);

        var status = await client.GetStatusAsync("req_1234567890");

        Assert.Equal("20260421-abc123", status.RequestId);
    }

    [Fact]
    public void Statuses_and_categories_serialize_as_their_names()
    {
        var status = new VideoJobStatus("req_1", "seedance2-ink", VideoJobState.Succeeded, "succeeded");

        var json = JsonNode.Parse(JsonSerializer.Serialize(status))!;

        Assert.Equal("Succeeded", (string?)json["State"]);
        Assert.Equal(VideoJobState.Expired, JsonSerializer.Deserialize<VideoJobState>("\"Expired\""));
        Assert.Equal("\"RateLimited\"", JsonSerializer.Serialize(SeedanceErrorCategory.RateLimited));
        Assert.Equal("\"WaitDeadline\"", JsonSerializer.Serialize(SeedanceTimeoutKind.WaitDeadline));
    }

    [Fact]
    public async Task A_failed_jobs_provider_message_that_echoes_the_key_is_scrubbed_in_the_status_the_exception_and_the_logs()
    {
        var failed = Documented("failed");
        failed["error"] = new JsonObject
        {
            ["code"] = "generation_failed",
            ["message"] = $"upstream refused Authorization: Bearer {Pipelines.FakeKey} (key {Pipelines.FakeKey})",
        };
        _host.Serve("GET", Poll, Reply.Ok(failed));
        var logs = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        var options = TestJobClients.Configure(new Seedance2InkOptions(), _host);
        options.Http!.LoggerFactory = loggerFactory;
        using var client = new Seedance2InkJobClient(TestJobClients.Key, options);

        var status = await client.GetStatusAsync("req_1234567890");
        var error = await Assert.ThrowsAsync<SeedanceJobFailedException>(() => client.GetJob("req_1234567890").WaitForCompletionAsync(TestJobClients.Immediate));

        Assert.Equal(VideoJobState.Failed, status.State);
        Assert.Contains("upstream refused", status.Error!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Pipelines.FakeKey, status.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Pipelines.FakeKey, status.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Pipelines.FakeKey, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Pipelines.FakeKey, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Pipelines.FakeKey, error.ProviderMessage!, StringComparison.Ordinal);
        Assert.DoesNotContain(Pipelines.FakeKey, error.FinalStatus.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(logs.GetSnapshot());
        Assert.All(logs.GetSnapshot(), r => Assert.DoesNotContain(Pipelines.FakeKey, r.Message + r.Exception, StringComparison.Ordinal));
    }

    private static JsonObject Documented(string example) =>
        SpecExamples.Response("seedance2-ink", "GET", "/api/open/v1/video/generations/{requestId}", 200, example).AsObject();
}
