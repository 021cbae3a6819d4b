using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Seedance.Conformance;
using Seedance.Conformance.Replay;
using Seedance.Contracts;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Samples.Tests;

/// <summary>
/// The sample web API end to end: WebApplicationFactory hosts it in memory, and its Seedance calls go over
/// loopback HTTP to the replay host serving the recorded Seedance2.ink lifecycle (submit, then queued,
/// processing, succeeded). Only configuration and the download client's primary handler differ from
/// production: the recorded video URL names the provider's CDN, so downloads are sent to the replay host.
/// </summary>
public sealed class WebApiTests : IAsyncLifetime
{
    private const string Provider = "seedance2-ink";
    private const string Key = "sd2_live_sample-test-key-7f3a";
    private static readonly ConformancePaths Paths = ConformancePaths.SourceTree()
        ?? throw new InvalidOperationException("Seedance.Contracts.sln not found above the test binary.");

    private static readonly byte[] Video = [.. Enumerable.Range(0, 48 * 1024).Select(i => (byte)(i * 31 % 251))];

    private ReplayHost _host = null!;
    private WebApplicationFactory<Program> _app = null!;

    public async Task InitializeAsync()
    {
        _host = await ReplayHost.StartAsync(new ReplayHostOptions { FilesDirectory = Paths.FilesDirectory });
        _host.AddMappingsFromJson(Recording("seedance2-ink/lifecycle/succeeds.json"));
        _host.AddMappingsFromJson(Recording("seedance2-ink/listModels/success.json"));
        _host.Given(RequestPattern.For("GET", "/open-api-results/req_1234567890.mp4")).RespondWith(new ResponseDefinition
        {
            Status = 200,
            Base64Body = Convert.ToBase64String(Video),
            Headers = new() { ["Content-Type"] = "video/mp4" },
        });
        _app = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"Seedance:Providers:{Provider}:ApiKey"] = Key,
                [$"Seedance:Providers:{Provider}:BaseUrl"] = _host.BaseUrl.ToString(),
                ["Sample:Provider"] = Provider,
            }));
            web.ConfigureTestServices(services => services.AddHttpClient(SeedanceHttpClientNames.Download(Provider))
                .ConfigurePrimaryHttpMessageHandler(() => new RedirectToHostHandler(_host.BaseUrl)));
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Submit_read_status_and_stream_the_video()
    {
        using var client = _app.CreateClient();

        var submitted = await client.PostAsJsonAsync("/videos", new
        {
            prompt = "A river flowing through an autumn forest, aerial view, cinematic motion",
            model = "seedance-2.0",
            duration = 5,
            aspectRatio = "16:9",
            resolution = "720p",
        });
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal("req_1234567890", id);
        Assert.Equal($"/videos/{id}", submitted.Headers.Location?.OriginalString);

        // Not finished yet: the content route answers 409 with the job's state (the first recorded poll: queued).
        var early = await client.GetAsync($"/videos/{id}/content");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("Queued", await State(early));

        Assert.Equal("Running", await State(await client.GetAsync($"/videos/{id}")));
        Assert.Equal("Succeeded", await State(await client.GetAsync($"/videos/{id}")));

        var content = await client.GetAsync($"/videos/{id}/content");
        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        Assert.Equal("video/mp4", content.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Video, await content.Content.ReadAsByteArrayAsync());

        // The paid create went out once; the video came from the (redirected) CDN path without the key.
        Assert.Single(_host.Journal.Requests, r => r.Request.Method == "POST");
        var download = Assert.Single(_host.Journal.Requests, r => r.Request.Path.EndsWith(".mp4", StringComparison.Ordinal));
        Assert.DoesNotContain(download.Request.Headers.Keys, h => h.Equals("Authorization", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Health_endpoint_is_healthy_when_the_provider_lists_its_models()
    {
        using var client = _app.CreateClient();

        var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.Single(_host.Journal.Requests, r => r.Request.Path == "/api/open/v1/models");
    }

    private static string Recording(string file) => File.ReadAllText(Path.Combine(Paths.MappingsDirectory, file));

    private static async Task<string?> State(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString();
}
