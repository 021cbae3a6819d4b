using System.Text;
using System.Text.Json.Nodes;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Providers.CometApiVolc;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Callbacks;

/// <summary>
/// <see cref="SeedanceCallbacks"/>: the token added on submit and checked on receipt, each provider's callback
/// body read as a status, repeated deliveries recognized, bad requests refused with a reason, and the
/// confirmation read from the API.
/// </summary>
public sealed class CallbackTests : IAsyncLifetime
{
    private const string VolcCreate = "/volc/v3/contents/generations/tasks";
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("a-test-secret-of-at-least-32-bytes!!");
    private readonly SeedanceCallbacks _callbacks = new(new SeedanceCallbackOptions { Secret = Secret });
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Uri Protected() => _callbacks.Protect(new Uri("https://app.example.test/hooks/seedance?tenant=7"));

    private static byte[] Bytes(JsonNode body) => Encoding.UTF8.GetBytes(body.ToJsonString());

    public static TheoryData<string, string, string, string, string> DocumentedBodies() => new()
    {
        // provider, operation (method path) whose documented body the callback carries, example, expected id, expected raw status
        { ProviderId.CometApiVolc, "GET " + VolcCreate + "/{id}", "succeeded", "021773297205999example", "succeeded" },
        { ProviderId.AceDataSeedance, "POST /seedance/videos", "first-last-frame", "f7096c6c-9430-4392-8201-d259632d7afd", "succeeded" },
        { ProviderId.Seedance2Ink, "GET /api/open/v1/video/generations/{requestId}", "succeeded", "req_1234567890", "succeeded" },
    };

    [Theory]
    [MemberData(nameof(DocumentedBodies))]
    public void Each_providers_callback_body_reads_as_the_jobs_status(string provider, string operation, string example, string id, string raw)
    {
        var parts = operation.Split(' ');
        var body = SpecExamples.Response(provider, parts[0], parts[1], 200, example);

        var callback = _callbacks.Receive(provider, Protected(), Bytes(body));

        Assert.Equal(id, callback.Status.JobId);
        Assert.Equal(provider, callback.Status.Provider);
        Assert.Equal(VideoJobState.Succeeded, callback.Status.State);
        Assert.Equal(raw, callback.Status.RawStatus);
        Assert.NotNull(callback.Status.VideoUrl);
        Assert.False(callback.IsDuplicate);
    }

    [Fact]
    public void A_repeated_delivery_is_marked_as_a_duplicate_and_a_new_status_is_not()
    {
        var running = SpecExamples.Response(ProviderId.CometApiVolc, "GET", VolcCreate + "/{id}", 200, "running");
        var succeeded = SpecExamples.Response(ProviderId.CometApiVolc, "GET", VolcCreate + "/{id}", 200, "succeeded");

        var first = _callbacks.Receive(ProviderId.CometApiVolc, Protected(), Bytes(running));
        var again = _callbacks.Receive(ProviderId.CometApiVolc, Protected(), Bytes(running));
        var next = _callbacks.Receive(ProviderId.CometApiVolc, Protected(), Bytes(succeeded));

        Assert.Equal([false, true, false], new[] { first.IsDuplicate, again.IsDuplicate, next.IsDuplicate });
    }

    [Theory]
    [InlineData("https://app.example.test/hooks/seedance")]
    [InlineData("https://app.example.test/hooks/seedance?sd_nonce=abc&sd_token=forged")]
    public void A_request_without_a_valid_token_is_refused_before_its_body_is_read(string url)
    {
        var error = Assert.Throws<SeedanceCallbackRejectedException>(() => _callbacks.Receive(ProviderId.CometApiVolc, new Uri(url), Encoding.UTF8.GetBytes("not json")));

        Assert.Equal(SeedanceCallbackRejection.BadToken, error.Rejection);
    }

    [Fact]
    public void A_token_from_another_secret_or_for_another_nonce_is_refused()
    {
        var other = new SeedanceCallbacks(new SeedanceCallbackOptions { Secret = Encoding.UTF8.GetBytes("another-secret-of-at-least-32-bytes!!") });
        var theirs = other.Protect(new Uri("https://app.example.test/hooks"));
        var ours = Protected().AbsoluteUri;
        var swappedNonce = ours.Replace("sd_nonce=", "sd_nonce=x", StringComparison.Ordinal);

        Assert.False(_callbacks.HasValidToken(theirs));
        Assert.False(_callbacks.HasValidToken(new Uri(swappedNonce)));
        Assert.True(_callbacks.HasValidToken(new Uri(ours)));
        Assert.Contains("tenant=7", ours, StringComparison.Ordinal); // the app's own query is kept
    }

    [Theory]
    [InlineData("not json", SeedanceCallbackRejection.BadBody, ProviderId.CometApiVolc)]
    [InlineData("[1,2]", SeedanceCallbackRejection.BadBody, ProviderId.CometApiVolc)]
    [InlineData("{\"status\":\"running\"}", SeedanceCallbackRejection.BadBody, ProviderId.CometApiVolc)]
    [InlineData("{\"id\":\"x\"}", SeedanceCallbackRejection.UnknownProvider, ProviderId.CometApiVideos)]
    public void A_body_that_is_not_the_providers_callback_is_refused_with_the_reason(string body, SeedanceCallbackRejection expected, string provider)
    {
        var error = Assert.Throws<SeedanceCallbackRejectedException>(() => _callbacks.Receive(provider, Protected(), Encoding.UTF8.GetBytes(body)));

        Assert.Equal(expected, error.Rejection);
    }

    [Fact]
    public void A_body_over_the_limit_is_refused_as_too_large()
    {
        var small = new SeedanceCallbacks(new SeedanceCallbackOptions { Secret = Secret, MaxBodyBytes = 64 });
        var url = small.Protect(new Uri("https://app.example.test/hooks"));

        var error = Assert.Throws<SeedanceCallbackRejectedException>(() => small.Receive(ProviderId.CometApiVolc, url, new byte[65]));

        Assert.Equal(SeedanceCallbackRejection.TooLarge, error.Rejection);
    }

    [Fact]
    public void A_short_secret_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new SeedanceCallbacks(new SeedanceCallbackOptions { Secret = new byte[16] }));
    }

    [Fact]
    public async Task Submitting_adds_a_fresh_token_to_each_callback_url_and_confirming_reads_the_status_from_the_api()
    {
        var created = SpecExamples.Response(ProviderId.CometApiVolc, "POST", VolcCreate, 200, "success");
        var id = (string)created["id"]!;
        _host.Serve("POST", VolcCreate, Reply.Ok(created));
        _host.Serve("GET", $"{VolcCreate}/{id}", Reply.Ok(SpecExamples.Response(ProviderId.CometApiVolc, "GET", VolcCreate + "/{id}", 200, "succeeded")));
        var options = TestJobClients.Configure(new CometApiVolcOptions(), _host);
        options.Callbacks = _callbacks;
        using var client = new CometApiVolcJobClient(TestJobClients.Key, options);
        var request = new VideoRequest { Model = "doubao-seedance-1-5-pro-251215", Prompt = "A paper boat", CallbackUrl = new Uri("https://app.example.test/hooks/seedance") };

        await client.SubmitAsync(request);
        await client.SubmitAsync(request);
        var sent = _host.Sent(VolcCreate, "POST").Select(e => new Uri((string)e.Request.BodyAsJson()!["callback_url"]!)).ToArray();
        var body = SpecExamples.Response(ProviderId.CometApiVolc, "GET", VolcCreate + "/{id}", 200, "succeeded");
        var confirmed = await SeedanceCallbacks.ConfirmAsync(client, _callbacks.Receive(ProviderId.CometApiVolc, sent[0], Bytes(body)));

        Assert.All(sent, url => Assert.True(_callbacks.HasValidToken(url)));
        Assert.NotEqual(sent[0].Query, sent[1].Query); // one nonce per submission
        Assert.Equal("/hooks/seedance", sent[0].AbsolutePath);
        Assert.Equal(VideoJobState.Succeeded, confirmed.State);
        Assert.Single(_host.Sent($"{VolcCreate}/{id}", "GET"));
    }
}
