using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Seedance.Contracts.Catalog;

namespace Seedance.Emulator.Tests.Engine;

/// <summary>The emulator's video URLs behave like a CDN's signed URLs: GET only, ranges, expiry, tamper-proof.</summary>
public sealed class VideoUrlTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly HttpClient _http = new();
    private SeedanceEmulator _emulator = null!;
    private Uri _url = null!;

    public async Task InitializeAsync()
    {
        var options = new SeedanceEmulatorOptions { TimeProvider = _clock, VideoUrlLifetime = TimeSpan.FromHours(1) };
        options.Providers.Clear();
        options.Providers.Add(ProviderId.Seedance2Ink);
        _emulator = await SeedanceEmulator.StartAsync(options);
        var job = _emulator.State.Submit(ProviderId.Seedance2Ink, "job-1", "seedance-2.0", "a fox", null, []);
        _url = _emulator.State.Links.Create(_emulator.GetBaseUrl(ProviderId.Seedance2Ink), ProviderId.Seedance2Ink, job.Id);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Get_serves_the_sample_mp4_byte_for_byte()
    {
        using var response = await _http.GetAsync(_url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SampleVideo.Content.ToArray(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_is_refused_with_405_and_allow_get()
    {
        using var response = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, _url));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_range_request_gets_206_with_exactly_those_bytes()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _url);
        request.Headers.Range = new RangeHeaderValue(1000, 1999);

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(SampleVideo.Content[1000..2000].ToArray(), await response.Content.ReadAsByteArrayAsync());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task The_url_works_until_its_lifetime_ends_then_answers_403_expired()
    {
        _clock.Advance(TimeSpan.FromMinutes(59));
        using (var before = await _http.GetAsync(_url)) Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        _clock.Advance(TimeSpan.FromMinutes(1));
        using var after = await _http.GetAsync(_url);

        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.Contains("Request has expired", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extending_the_expiry_in_the_url_breaks_the_signature()
    {
        var query = System.Web.HttpUtility.ParseQueryString(_url.Query);
        var later = long.Parse(query["expires"]!, System.Globalization.CultureInfo.InvariantCulture) + 86_400;
        var forged = new UriBuilder(_url) { Query = $"expires={later}&signature={query["signature"]}" }.Uri;

        using var response = await _http.GetAsync(forged);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Signature does not match", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_url_of_another_emulator_instance_is_refused()
    {
        await using var other = await SeedanceEmulator.StartAsync(new SeedanceEmulatorOptions { TimeProvider = _clock });
        other.State.Submit(ProviderId.Seedance2Ink, "job-1", "seedance-2.0", "a fox", null, []);
        var foreign = new Uri(other.GetBaseUrl(ProviderId.Seedance2Ink), _url.PathAndQuery);

        using var response = await _http.GetAsync(foreign);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_status_body_writes_the_url_with_a_plain_ampersand_as_providers_do()
    {
        _clock.Advance(_emulator.Options.RenderTime);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_emulator.GetBaseUrl(ProviderId.Seedance2Ink), "api/open/v1/video/generations/job-1"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SeedanceEmulatorOptions.DefaultApiKey);

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("&signature=", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0026", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_jobs_lists_the_job_with_its_phase()
    {
        var jobs = JsonNode.Parse(await _http.GetStringAsync(new Uri(_emulator.GetBaseUrl(ProviderId.Seedance2Ink), "_emulator/jobs")))!.AsArray();

        var job = Assert.Single(jobs)!;
        Assert.Equal("job-1", job["id"]!.GetValue<string>());
        Assert.Equal("Queued", job["phase"]!.GetValue<string>());
    }
}
