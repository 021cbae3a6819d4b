using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Providers.AceDataSeedance;
using Seedance.Contracts.Providers.CometApiVideos;
using Seedance.Contracts.Providers.CometApiVolc;
using Seedance.Contracts.Providers.Seedance2Ink;
using Seedance.Contracts.Requests;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Jobs;

public sealed class JobClientFactoryTests
{
    public static TheoryData<string, Type, double> Providers => new()
    {
        { ProviderId.CometApiVideos, typeof(CometApiVideosJobClient), 10 },
        { ProviderId.CometApiVolc, typeof(CometApiVolcJobClient), 10 },
        { ProviderId.AceDataSeedance, typeof(AceDataSeedanceJobClient), 5 },
        { ProviderId.Seedance2Ink, typeof(Seedance2InkJobClient), 5 },
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_factory_builds_each_providers_client_with_its_capabilities_and_cadence(string provider, Type type, double seconds)
    {
        using var client = SeedanceJobClients.Create(provider, TestJobClients.Key);

        Assert.IsType(type, client);
        Assert.Equal(provider, client.Provider);
        Assert.Same(Capabilities.For(provider), client.Capabilities);
        Assert.Equal(TimeSpan.FromSeconds(seconds), client.DefaultPollInterval);
    }

    [Fact]
    public void An_unknown_provider_is_an_argument_error() =>
        Assert.Throws<ArgumentException>(() => SeedanceJobClients.Create("openai-videos", TestJobClients.Key));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Cancel_is_discoverable_on_the_interface_before_calling(string provider, Type type, double seconds)
    {
        _ = (type, seconds);
        await using var host = await TestJobClients.StartHostAsync();
        host.Given(RequestPattern.ForPathPattern("ANY", "/.*")).RespondWith(Faults.Status(599, "{}"));
        using var owned = TestJobClients.For(provider, host);
        IVideoJobClient client = owned;

        // The documented way to know: only Seedance2.ink publishes a cancel call.
        Assert.Equal(provider == ProviderId.Seedance2Ink, client.Capabilities.Cancel);
        var error = await Record.ExceptionAsync(() => client.CancelAsync("job-1"));

        if (client.Capabilities.Cancel)
        {
            Assert.IsNotType<SeedanceNotSupportedException>(error); // it went to the provider
            Assert.Single(host.Journal.Requests);
        }
        else
        {
            Assert.Equal("cancel", Assert.IsType<SeedanceNotSupportedException>(error).Capability);
            Assert.Empty(host.Journal.Requests);
        }
    }

    [Fact]
    public async Task A_disposed_client_refuses_work()
    {
        var client = SeedanceJobClients.Create(ProviderId.Seedance2Ink, TestJobClients.Key);
        client.Dispose();
        client.Dispose(); // twice is fine

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.GetStatusAsync("x"));
    }

    [Fact]
    public void Rebuilding_a_handle_needs_an_id()
    {
        using var client = SeedanceJobClients.Create(ProviderId.Seedance2Ink, TestJobClients.Key);

        Assert.ThrowsAny<ArgumentException>(() => client.GetJob(" "));
        Assert.Equal("req_1", client.GetJob("req_1").Id);
    }
}
