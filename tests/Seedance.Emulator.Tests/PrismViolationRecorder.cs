using System.Collections.Concurrent;
using Seedance.Contracts;
using Seedance.Contracts.Jobs;

namespace Seedance.Emulator.Tests;

/// <summary>
/// The primary handler for an SDK client pointed at a <see cref="PrismProxy"/>: it keeps every violation Prism
/// reports on the SDK's own requests and the emulator's answers, so a test can run a job the way an app would and
/// still see what Prism found.
/// </summary>
internal sealed class PrismViolationRecorder : DelegatingHandler
{
    public PrismViolationRecorder() : base(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false })
    {
    }

    /// <summary>A job client for <paramref name="provider"/> that talks to the emulator through <paramref name="proxy"/>, and its recorder.</summary>
    public static (VideoJobClient Client, PrismViolationRecorder Recorder) ClientThrough(string provider, SeedanceEmulator emulator, PrismProxy proxy)
    {
        var recorder = new PrismViolationRecorder();
        return (SeedanceJobClients.Create(provider, emulator.ApiKey, new SeedanceClientOptions { BaseUrl = proxy.BaseUrl, PrimaryHandler = recorder }), recorder);
    }

    /// <summary>Each violation with the request it came from.</summary>
    public ConcurrentQueue<string> Violations { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        foreach (var violation in PrismProxy.Violations(response))
            Violations.Enqueue($"{request.Method} {request.RequestUri?.AbsolutePath} -> {(int)response.StatusCode}: {violation}");
        return response;
    }
}
