using System.Net;
using System.Net.Sockets;
using Seedance.Conformance.Replay;
using static Seedance.Conformance.Tests.TestSupport;

namespace Seedance.Conformance.Tests;

/// <summary>What HttpClient actually observes for each delay and fault (see FaultNames/Faults docs).</summary>
public class DelayAndFaultTests
{
    [Fact]
    public async Task Fixed_delay_makes_a_client_with_a_shorter_timeout_time_out_and_the_host_survives()
    {
        await using var host = await StartWithAsync(
            """{"request":{"method":"GET","urlPath":"/slow"},"response":{"status":200,"body":"late","fixedDelayMilliseconds":30000}}""",
            """{"request":{"method":"GET","urlPath":"/fast"},"response":{"status":200,"body":"now"}}""");
        using var client = host.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(1);
        var e = await Assert.ThrowsAsync<TaskCanceledException>(() => client.GetAsync("/slow"));
        Assert.IsType<TimeoutException>(e.InnerException);
        using var other = host.CreateClient();
        Assert.Equal("now", await other.GetStringAsync("/fast"));
    }

    [Fact]
    public async Task Fixed_delay_is_served_to_a_patient_client()
    {
        await using var host = await StartWithAsync("""{"request":{"method":"GET","urlPath":"/d"},"response":{"status":202,"body":"x","fixedDelayMilliseconds":50}}""");
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/d");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static async Task<HttpRequestException> FaultAsync(string fault, HttpCompletionOption option = HttpCompletionOption.ResponseContentRead)
    {
        await using var host = await StartWithAsync($$$"""{"request":{"method":"POST","urlPath":"/f"},"response":{"fault":"{{{fault}}}"}}""");
        using var client = host.CreateClient();
        return await Assert.ThrowsAsync<HttpRequestException>(async () =>
        {
            using var response = await client.PostAsync("/f", Json("{}"), CancellationToken.None);
            await response.Content.ReadAsStringAsync();
        });
    }

    [Fact]
    public async Task CONNECTION_RESET_BY_PEER_is_a_socket_reset()
    {
        var e = await FaultAsync(FaultNames.ConnectionResetByPeer);
        var socket = Assert.IsType<SocketException>(Innermost(e));
        Assert.Equal(SocketError.ConnectionReset, socket.SocketErrorCode);
    }

    [Fact]
    public async Task EMPTY_RESPONSE_is_a_response_that_ended_prematurely()
    {
        var e = await FaultAsync(FaultNames.EmptyResponse);
        Assert.Equal(HttpRequestError.ResponseEnded, e.HttpRequestError);
    }

    [Fact]
    public async Task EMPTY_RESPONSE_to_a_bodiless_GET_is_retried_by_SocketsHttpHandler()
    {
        await using var host = await StartWithAsync("""{"request":{"method":"GET","urlPath":"/e"},"response":{"fault":"EMPTY_RESPONSE"}}""");
        using var client = host.CreateClient();
        var e = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/e"));
        Assert.Equal(HttpRequestError.ResponseEnded, e.HttpRequestError);
        // The handler treats "closed before any byte" as a stale connection and retries; the journal shows every attempt.
        Assert.True(host.Journal.Count() > 1, $"expected retries, journal has {host.Journal.Count()}");
    }

    [Fact]
    public async Task MALFORMED_RESPONSE_CHUNK_shows_200_headers_then_fails_reading_the_body()
    {
        await using var host = await StartWithAsync("""{"request":{"method":"GET","urlPath":"/m"},"response":{"fault":"MALFORMED_RESPONSE_CHUNK"}}""");
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/m", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var e = await Assert.ThrowsAsync<HttpRequestException>(() => response.Content.ReadAsStringAsync());
        Assert.Equal(HttpRequestError.ResponseEnded, e.HttpRequestError);
        Assert.IsType<HttpIOException>(e.InnerException);
    }

    [Fact]
    public async Task RANDOM_DATA_THEN_CLOSE_fails_before_any_status()
    {
        var e = await FaultAsync(FaultNames.RandomDataThenClose);
        Assert.Equal(HttpRequestError.ResponseEnded, e.HttpRequestError);
    }

    [Fact]
    public async Task Unknown_fault_names_are_rejected_at_load_time()
    {
        await using var host = await ReplayHost.StartAsync();
        var e = Assert.Throws<ReplayMappingException>(() => host.AddMappingsFromJson("""{"request":{"method":"GET"},"response":{"fault":"SOMETHING"}}"""));
        Assert.Contains("unknown fault 'SOMETHING'", e.Message, StringComparison.Ordinal);
        Assert.Empty(host.Mappings);
    }

    [Fact]
    public async Task Truncated_body_shows_headers_then_ends_prematurely()
    {
        await using var host = await ReplayHost.StartAsync();
        host.Given(RequestPattern.For("GET", "/t")).RespondWith(Faults.TruncatedBody("""{"id":"t1","status":"succeeded"}""", 10));
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/t", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(32, response.Content.Headers.ContentLength);
        var e = await Assert.ThrowsAsync<HttpRequestException>(() => response.Content.ReadAsStringAsync());
        Assert.Equal(HttpRequestError.ResponseEnded, e.HttpRequestError);
        Assert.IsType<HttpIOException>(e.InnerException);
    }

    [Fact]
    public async Task Reset_mid_body_shows_headers_then_a_reset()
    {
        await using var host = await ReplayHost.StartAsync();
        host.Given(RequestPattern.For("GET", "/r")).RespondWith(Faults.ResetMidBody(declaredLength: 100_000, bytesBeforeReset: 1000));
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/r", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var e = await Assert.ThrowsAsync<HttpRequestException>(() => response.Content.ReadAsByteArrayAsync());
        // Normally the RST arrives after the 1000 bytes: connection reset. Should it overtake the data,
        // the client sees the stream end early instead; both are "the body broke off".
        Assert.True(Innermost(e) is SocketException { SocketErrorCode: SocketError.ConnectionReset } || e.HttpRequestError == HttpRequestError.ResponseEnded, e.ToString());
    }

    [Fact]
    public async Task Code_fault_helpers_serve_what_they_say()
    {
        await using var host = await ReplayHost.StartAsync();
        host.Given(RequestPattern.For("GET", "/html")).RespondWith(Faults.HtmlErrorPage(502));
        host.Given(RequestPattern.For("GET", "/json")).RespondWith(Faults.InvalidJson(200));
        host.Given(RequestPattern.For("GET", "/empty")).RespondWith(Faults.EmptyBody(200));
        host.Given(RequestPattern.For("GET", "/ctype")).RespondWith(Faults.WrongContentType("""{"id":"x"}"""));
        host.Given(RequestPattern.For("GET", "/429")).RespondWith(Faults.TooManyRequests("Wed, 21 Oct 2026 07:28:00 GMT"));
        host.Given(RequestPattern.For("GET", "/503")).RespondWith(Faults.Status(503, """{"error":"overloaded"}"""));
        using var client = host.CreateClient();

        using (var r = await client.GetAsync("/html"))
        {
            Assert.Equal(HttpStatusCode.BadGateway, r.StatusCode);
            Assert.Equal("text/html", r.Content.Headers.ContentType!.MediaType);
            Assert.Contains("<h1>502 Bad Gateway</h1>", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var r = await client.GetAsync("/json"))
        {
            Assert.Equal("application/json", r.Content.Headers.ContentType!.MediaType);
            Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonDocument.Parse(r.Content.ReadAsStream()));
        }
        using (var r = await client.GetAsync("/empty"))
        {
            Assert.Equal(0, r.Content.Headers.ContentLength);
            Assert.Equal("application/json", r.Content.Headers.ContentType!.MediaType);
        }
        using (var r = await client.GetAsync("/ctype"))
        {
            Assert.Equal("text/plain", r.Content.Headers.ContentType!.MediaType);
        }
        using (var r = await client.GetAsync("/429"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode);
            Assert.Equal(new DateTimeOffset(2026, 10, 21, 7, 28, 0, TimeSpan.Zero), r.Headers.RetryAfter!.Date);
        }
        using (var r = await client.GetAsync("/503"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
        }
    }

    [Fact]
    public async Task Code_delay_is_cancelled_when_the_client_gives_up()
    {
        await using var host = await ReplayHost.StartAsync();
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Given(RequestPattern.For("GET", "/wait")).RespondWith(async (context, ct) =>
        {
            try { await Faults.Delay(TimeSpan.FromMinutes(5))(context, ct); }
            catch (OperationCanceledException) { cancelled.TrySetResult(); throw; }
        });
        using var client = host.CreateClient();
        using var giveUp = new CancellationTokenSource();
        var call = client.GetAsync("/wait", giveUp.Token);
        await host.Journal.WaitForAsync(e => e.Request.Path == "/wait").WaitAsync(TimeSpan.FromSeconds(30));
        giveUp.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
