using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seedance.Contracts;
using Seedance.Contracts.Jobs;

namespace Seedance.Emulator.Tests;

/// <summary>
/// One provider of an in-process emulator on a fake clock, with an SDK client whose waits (<see cref="Wait"/>) run
/// on that clock, and a raw <see cref="HttpClient"/>. The clock moves only when a test advances it or when the SDK (or a blocking create) arms a
/// short timer (<see cref="AutoAdvancingTimeProvider"/>), so no test waits real seconds.
/// </summary>
internal sealed class ProviderHarness : IAsyncDisposable
{
    private ProviderHarness(string provider, SeedanceEmulator emulator, AutoAdvancingTimeProvider clock)
    {
        Provider = provider;
        Emulator = emulator;
        Clock = clock;
        // The client's own clock stays real: it times each call (100 s), and the fake clock leaps by every poll
        // interval any concurrent wait arms (50 jobs, 5 s each), which would time out calls still in flight.
        // Polling runs on the fake clock through Wait().
        Client = emulator.CreateJobClient(provider);
        Http = new HttpClient { BaseAddress = emulator.GetBaseUrl(provider) };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SeedanceEmulatorOptions.DefaultApiKey);
    }

    public string Provider { get; }

    public SeedanceEmulator Emulator { get; }

    public AutoAdvancingTimeProvider Clock { get; }

    public VideoJobClient Client { get; }

    /// <summary>Raw HTTP to the provider's base URL with the emulator's key (for what the SDK refuses to send).</summary>
    public HttpClient Http { get; }

    /// <summary>A valid request for each provider (each provider's tests own theirs).</summary>
    public static VideoRequest RequestFor(string provider) => provider switch
    {
        Seedance.Contracts.Catalog.ProviderId.CometApiVideos => CometApiVideos.VideosKit.Request(),
        Seedance.Contracts.Catalog.ProviderId.CometApiVolc => CometApiVolc.VolcKit.Request(),
        Seedance.Contracts.Catalog.ProviderId.AceDataSeedance => AceDataSeedance.AceDataLifecycleTests.Request(),
        _ => Seedance2Ink.Seedance2InkLifecycleTests.Request(),
    };

    /// <summary>Polling on the fake clock.</summary>
    public WaitOptions Wait(TimeSpan? interval = null) => new() { TimeProvider = Clock, PollInterval = interval };

    /// <summary>
    /// Starts the emulator with only <paramref name="provider"/>. <paramref name="autoAdvance"/> false gives a clock
    /// that moves only by <c>Advance</c> (for callback tests, where the emulator's own timers must not move it).
    /// </summary>
    public static async Task<ProviderHarness> StartAsync(string provider, TimeSpan? renderTime = null, TimeSpan? queueTime = null,
        bool autoAdvance = true, Action<SeedanceEmulatorOptions>? configure = null)
    {
        var clock = new AutoAdvancingTimeProvider { AutoFireUpTo = autoAdvance ? TimeSpan.FromSeconds(60) : TimeSpan.Zero };
        var options = new SeedanceEmulatorOptions { TimeProvider = clock };
        if (renderTime is { } render) options.RenderTime = render;
        if (queueTime is { } queue) options.QueueTime = queue;
        options.Providers.Clear();
        options.Providers.Add(provider);
        configure?.Invoke(options);
        return new ProviderHarness(provider, await SeedanceEmulator.StartAsync(options), clock);
    }

    /// <summary>
    /// Picks the next job's outcome one of three ways: <c>marker</c> (in the prompt), <c>enqueue</c>
    /// (<see cref="SeedanceEmulator.EnqueueOutcome"/>) or <c>admin</c> (<c>POST /_emulator/outcomes</c>). Returns the prompt to send.
    /// </summary>
    public async Task<string> ChooseAsync(EmulatedOutcome outcome, string via, string prompt)
    {
        var name = outcome.ToString().ToLowerInvariant();
        switch (via)
        {
            case "marker":
                return $"{prompt} [emulate:{name}]";
            case "enqueue":
                Emulator.EnqueueOutcome(Provider, outcome);
                return prompt;
            default:
                using (var response = await Http.PostAsJsonAsync("_emulator/outcomes", new JsonObject { ["outcome"] = name }))
                    response.EnsureSuccessStatusCode();
                return prompt;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Client.Dispose();
        await Emulator.DisposeAsync();
    }
}
