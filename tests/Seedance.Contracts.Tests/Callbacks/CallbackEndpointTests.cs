using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Seedance.Contracts.AspNetCore;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Callbacks;

/// <summary>
/// <c>MapSeedanceCallbacks</c> on a real Kestrel app: each provider's body reaches the handler once; bad tokens,
/// bodies and sizes get their 4xx and never reach it; a repeat is 200 without a second call; an unknown job is 404.
/// </summary>
public sealed class CallbackEndpointTests : IAsyncLifetime
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("an-endpoint-secret-of-at-least-32-bytes");
    private readonly SeedanceCallbacks _callbacks = new(new SeedanceCallbackOptions { Secret = Secret, MaxBodyBytes = 16 * 1024 });
    private readonly ConcurrentQueue<VideoJobStatus> _handled = new();
    private readonly HttpClient _http = new();
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(_callbacks);
        _app = builder.Build();
        _app.MapSeedanceCallbacks("/hooks/seedance/{provider}", (callback, _) =>
        {
            _handled.Enqueue(callback.Status);
            return Task.FromResult(callback.Status.JobId != "unknown-job");
        });
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    private Uri Url(string provider, bool token = true)
    {
        var url = new Uri(new Uri(_app.Urls.First()), $"/hooks/seedance/{provider}");
        return token ? _callbacks.Protect(url) : url;
    }

    private Task<HttpResponseMessage> PostAsync(Uri url, string body) =>
        _http.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));

    [Theory]
    [InlineData(ProviderId.CometApiVolc, "GET", "/volc/v3/contents/generations/tasks/{id}", "failed")]
    [InlineData(ProviderId.AceDataSeedance, "POST", "/seedance/videos", "success")]
    [InlineData(ProviderId.Seedance2Ink, "GET", "/api/open/v1/video/generations/{requestId}", "succeeded")]
    public async Task A_providers_callback_reaches_the_handler_once_and_a_repeat_is_answered_200(string provider, string method, string path, string example)
    {
        var body = SpecExamples.Response(provider, method, path, 200, example).ToJsonString();

        using var first = await PostAsync(Url(provider), body);
        using var repeat = await PostAsync(Url(provider), body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        var status = Assert.Single(_handled);
        Assert.Equal(provider, status.Provider);
        Assert.True(status.IsTerminal);
    }

    [Theory]
    [InlineData(false, "{}", HttpStatusCode.Unauthorized)]
    [InlineData(true, "<html>not json</html>", HttpStatusCode.BadRequest)]
    [InlineData(true, "{\"status\":\"running\"}", HttpStatusCode.BadRequest)]
    public async Task Bad_requests_get_their_4xx_and_never_reach_the_handler(bool token, string body, HttpStatusCode expected)
    {
        using var response = await PostAsync(Url(ProviderId.CometApiVolc, token), body);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(_handled);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_and_a_provider_without_callbacks_is_400()
    {
        using var large = await PostAsync(Url(ProviderId.CometApiVolc), "{\"id\":\"" + new string('x', 20_000) + "\"}");
        using var videos = await PostAsync(Url(ProviderId.CometApiVideos), "{\"id\":\"task_1\"}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, videos.StatusCode);
        Assert.Empty(_handled);
    }

    [Fact]
    public async Task A_job_the_handler_does_not_know_is_404()
    {
        using var response = await PostAsync(Url(ProviderId.Seedance2Ink), "{\"success\":true,\"requestId\":\"unknown-job\",\"status\":\"succeeded\"}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
