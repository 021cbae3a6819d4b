using System.Net;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;

namespace Seedance.Testing.Tests;

public sealed class ModelFactoryTests
{
    public static TheoryData<VideoJobState> States() => new(Enum.GetValues<VideoJobState>());

    [Theory]
    [MemberData(nameof(States))]
    public void A_status_is_terminal_exactly_when_its_state_is(VideoJobState state)
    {
        var status = SeedanceModelFactory.VideoJobStatus(state);

        Assert.Equal(state, status.State);
        Assert.Equal(state is VideoJobState.Succeeded or VideoJobState.Failed or VideoJobState.Cancelled or VideoJobState.Expired, status.IsTerminal);
    }

    [Fact]
    public void A_status_shows_the_providers_documented_word_unless_given_one()
    {
        var documented = SeedanceModelFactory.VideoJobStatus(VideoJobState.Running, provider: ProviderId.CometApiVideos);
        var given = SeedanceModelFactory.VideoJobStatus(VideoJobState.Unknown, provider: ProviderId.CometApiVideos, rawStatus: "PAUSED");

        Assert.Contains((documented.RawStatus!, VideoJobState.Running), Kit.SpecStatusWords(ProviderId.CometApiVideos));
        Assert.Equal("PAUSED", given.RawStatus);
    }

    [Fact]
    public void A_status_keeps_every_value_it_is_given()
    {
        var usage = SeedanceModelFactory.VideoJobUsage(100, 120);
        var url = new Uri("https://cdn.example.com/v.mp4");

        var status = SeedanceModelFactory.VideoJobStatus(VideoJobState.Succeeded, "job-7", ProviderId.AceDataSeedance, progress: 100, videoUrl: url,
            usage: usage, creditsCharged: 2.5, requestId: "req-1", retryAfter: TimeSpan.FromSeconds(3));

        Assert.Equal(("job-7", ProviderId.AceDataSeedance, 100, url), (status.JobId, status.Provider, status.Progress!.Value, status.VideoUrl));
        Assert.Equal((usage, 2.5, "req-1", TimeSpan.FromSeconds(3)), (status.Usage, status.CreditsCharged!.Value, status.RequestId, status.RetryAfter!.Value));
        Assert.Equal((100L, 120L), (usage.CompletionTokens!.Value, usage.TotalTokens!.Value));
    }

    [Fact]
    public void A_download_progress_keeps_its_bytes_and_total()
    {
        Assert.Equal(new DownloadProgress(10, 20), SeedanceModelFactory.DownloadProgress(10, 20));
    }

    public static TheoryData<string, Func<SeedanceException>, HttpStatusCode, SeedanceErrorCategory, bool> HttpExceptions() => new()
    {
        { "invalid request", () => SeedanceModelFactory.SeedanceInvalidRequestException("InvalidParameter", "bad ratio", requestId: "req-9", rawBody: "{\"error\":1}"), HttpStatusCode.BadRequest, SeedanceErrorCategory.InvalidRequest, false },
        { "authentication", () => SeedanceModelFactory.SeedanceAuthenticationException("invalid_api_key", "bad key", requestId: "req-9", rawBody: "{\"error\":1}"), HttpStatusCode.Unauthorized, SeedanceErrorCategory.Authentication, false },
        { "not found", () => SeedanceModelFactory.SeedanceNotFoundException("task_not_exist", "no task", requestId: "req-9", rawBody: "{\"error\":1}"), HttpStatusCode.NotFound, SeedanceErrorCategory.NotFound, false },
        { "rate limit", () => SeedanceModelFactory.SeedanceRateLimitException(null, "rate_limit_exceeded", "slow down", requestId: "req-9", rawBody: "{\"error\":1}"), HttpStatusCode.TooManyRequests, SeedanceErrorCategory.RateLimited, true },
        { "server", () => SeedanceModelFactory.SeedanceServerException("InternalServiceError", "oops", requestId: "req-9", rawBody: "{\"error\":1}"), HttpStatusCode.InternalServerError, SeedanceErrorCategory.Server, true },
    };

    [Theory]
    [MemberData(nameof(HttpExceptions))]
    public void An_http_exception_carries_status_code_message_request_id_and_body(string kind, Func<SeedanceException> make, HttpStatusCode status, SeedanceErrorCategory category, bool retryable)
    {
        var failure = make();

        Assert.Equal((status, category, retryable), (failure.StatusCode!.Value, failure.Category, failure.IsRetryable));
        Assert.Equal(("req-9", "{\"error\":1}", ProviderId.Seedance2Ink), (failure.RequestId, failure.RawBody, failure.Provider));
        Assert.NotNull(failure.ProviderCode);
        Assert.StartsWith($"{ProviderId.Seedance2Ink} answered {(int)status} {failure.ProviderCode}: {failure.ProviderMessage}", failure.Message, StringComparison.Ordinal);
        Assert.EndsWith("(request id req-9)", failure.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(kind));
    }

    [Fact]
    public void A_rate_limit_carries_the_servers_wait()
    {
        var failure = SeedanceModelFactory.SeedanceRateLimitException(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), failure.RetryAfter);
        Assert.EndsWith("; retry after 7 s", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_failure_carries_the_final_status_and_its_error()
    {
        var final = SeedanceModelFactory.VideoJobStatus(VideoJobState.Failed, "job-3", error: SeedanceModelFactory.VideoJobError("SensitiveContent", "blocked"), requestId: "req-4");

        var failure = SeedanceModelFactory.SeedanceJobFailedException(final);

        Assert.Same(final, failure.FinalStatus);
        Assert.Equal(("SensitiveContent", "blocked", "req-4", SeedanceErrorCategory.JobFailed), (failure.ProviderCode, failure.ProviderMessage, failure.RequestId, failure.Category));
    }

    [Fact]
    public void The_client_side_exceptions_have_their_category_and_no_http_status()
    {
        SeedanceException[] failures =
        [
            SeedanceModelFactory.SeedanceValidationException(),
            SeedanceModelFactory.SeedanceConnectionException(requestMayHaveBeenSent: true),
            SeedanceModelFactory.SeedanceTimeoutException(SeedanceTimeoutKind.Call, TimeSpan.FromSeconds(30)),
            SeedanceModelFactory.SeedanceNotSupportedException(),
            SeedanceModelFactory.SeedanceCallbackRejectedException(SeedanceCallbackRejection.TooLarge),
        ];

        Assert.Equal(
            [SeedanceErrorCategory.Validation, SeedanceErrorCategory.Connection, SeedanceErrorCategory.Timeout, SeedanceErrorCategory.NotSupported, SeedanceErrorCategory.InvalidRequest],
            failures.Select(f => f.Category));
        Assert.All(failures, f => Assert.Null(f.StatusCode));
    }

    [Fact]
    public void The_quirk_exceptions_carry_their_quirk_id()
    {
        Assert.Equal("comet-404-as-400", SeedanceModelFactory.SeedanceQuirkException().QuirkId);
        var volc = SeedanceModelFactory.CometApiVolcJsonParseException(fallbackAttempted: true, requestId: "req-5");
        Assert.Equal((CometApiVolcJsonParseException.Id, true, "req-5", ProviderId.CometApiVolc), (volc.QuirkId, volc.FallbackAttempted, volc.RequestId, volc.Provider));
    }

    [Fact]
    public void A_raw_body_is_cut_to_the_sdks_limit()
    {
        var body = new string('x', SeedanceException.MaxRawBodyBytes + 100);

        var failure = SeedanceModelFactory.SeedanceServerException(rawBody: body);

        Assert.Equal(SeedanceException.MaxRawBodyBytes, failure.RawBody!.Length);
    }

    [Fact]
    public void Every_public_seedance_exception_type_has_a_factory_method()
    {
        var types = typeof(SeedanceException).Assembly.GetExportedTypes().Where(t => typeof(SeedanceException).IsAssignableFrom(t));
        var made = typeof(SeedanceModelFactory).GetMethods().Select(m => m.ReturnType).ToHashSet();

        Assert.Empty(types.Where(t => !made.Contains(t)).Select(t => t.Name));
    }

    [Fact]
    public void An_unknown_provider_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SeedanceModelFactory.VideoJobStatus(provider: "openai"));
    }
}
