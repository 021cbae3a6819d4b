using System.Collections.Concurrent;
using Seedance.Contracts;
using Seedance.Contracts.Jobs;

namespace Seedance.Emulator.Tests;

/// <summary>
/// An SDK client whose requests go through a <see cref="PrismProxy"/>, keeping every violation Prism reports on
/// the SDK's requests and the emulator's answers (used by the AceData and Seedance2.ink Prism tests; the CometAPI
/// tests have the same idea as PrismViolationRecorder, and one of the two can go when both are merged).
/// </summary>
internal sealed class SdkThroughPrism : DelegatingHandler
{
    private SdkThroughPrism() : base(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false })
    {
    }

    /// <summary>Each violation with the call it came from.</summary>
    public ConcurrentQueue<string> Violations { get; } = new();

    /// <summary>A job client for <paramref name="provider"/> that talks to the emulator through <paramref name="proxy"/>.</summary>
    public static (VideoJobClient Client, SdkThroughPrism Recorder) Create(string provider, SeedanceEmulator emulator, PrismProxy proxy)
    {
        var recorder = new SdkThroughPrism();
        return (SeedanceJobClients.Create(provider, emulator.ApiKey, new SeedanceClientOptions { BaseUrl = proxy.BaseUrl, PrimaryHandler = recorder }), recorder);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        foreach (var violation in PrismProxy.Violations(response))
            Violations.Enqueue($"{request.Method} {request.RequestUri?.AbsolutePath} -> {(int)response.StatusCode}: {violation}");
        return response;
    }
}
