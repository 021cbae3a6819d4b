using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Seedance.Contracts.Http;
using Seedance.Contracts.Tests.Http.TestKit;

namespace Seedance.Contracts.Tests.Auth;

/// <summary>
/// Why the SDK keeps its own <see cref="BearerKeyAuthenticationProvider"/> instead of Kiota's
/// <see cref="ApiKeyAuthenticationProvider"/> with an <see cref="AllowedHostsValidator"/> (docs/errors.md,
/// Redaction): each test puts both through a case where the key rules differ. Kiota's side pins what
/// Kiota 2.1.6 does; when a Kiota update changes it, the test fails and the verdict should be revisited.
/// </summary>
public sealed class KiotaApiKeyProviderComparisonTests
{
    private const string BaseUrl = "https://api.example.com";

    [Fact]
    public async Task Another_port_on_the_same_host_gets_the_key_from_Kiota_only()
    {
        var ours = Request("https://api.example.com:8443/v1/videos", BaseUrl);
        var kiotas = Request("https://api.example.com:8443/v1/videos", BaseUrl);

        await Ours().AuthenticateRequestAsync(ours);
        await Kiotas("api.example.com").AuthenticateRequestAsync(kiotas);

        Assert.False(ours.Headers.ContainsKey("Authorization"));
        Assert.Equal(new[] { "Bearer " + Pipelines.FakeKey }, kiotas.Headers["Authorization"]); // AllowedHostsValidator compares host names only
    }

    [Fact]
    public async Task Plain_http_to_loopback_is_refused_by_Kiota_so_the_replay_host_could_not_be_used()
    {
        var ours = Request("http://127.0.0.1:5080/v1/videos", "http://127.0.0.1:5080");
        var kiotas = Request("http://127.0.0.1:5080/v1/videos", "http://127.0.0.1:5080");

        await Ours().AuthenticateRequestAsync(ours);
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Kiotas("127.0.0.1").AuthenticateRequestAsync(kiotas));

        Assert.Equal(new[] { "Bearer " + Pipelines.FakeKey }, ours.Headers["Authorization"]);
        Assert.DoesNotContain("127.0.0.1", refused.Message, StringComparison.Ordinal); // and the refusal does not say where it was going
    }

    [Fact]
    public async Task An_Authorization_header_already_on_the_request_is_replaced_by_ours_and_doubled_by_Kiota()
    {
        var ours = Request(BaseUrl + "/v1/videos", BaseUrl);
        var kiotas = Request(BaseUrl + "/v1/videos", BaseUrl);
        ours.Headers.Add("Authorization", "Bearer stale");
        kiotas.Headers.Add("Authorization", "Bearer stale");

        await Ours().AuthenticateRequestAsync(ours);
        await Kiotas("api.example.com").AuthenticateRequestAsync(kiotas);

        Assert.Equal(new[] { "Bearer " + Pipelines.FakeKey }, ours.Headers["Authorization"]);
        Assert.Equal(new[] { "Bearer stale", "Bearer " + Pipelines.FakeKey }, kiotas.Headers["Authorization"]);
    }

    private static BearerKeyAuthenticationProvider Ours() => new(new SeedanceApiKey(Pipelines.FakeKey));

    private static ApiKeyAuthenticationProvider Kiotas(string allowedHost) =>
        new("Bearer " + Pipelines.FakeKey, "Authorization", ApiKeyAuthenticationProvider.KeyLocation.Header, allowedHost);

    /// <summary>A request as the adapter hands it to the provider: the target URL and the client's base URL.</summary>
    private static RequestInformation Request(string url, string baseUrl)
    {
        var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri(url) };
        request.PathParameters["baseurl"] = baseUrl;
        return request;
    }
}
