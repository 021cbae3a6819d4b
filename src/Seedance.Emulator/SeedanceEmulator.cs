using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Jobs;
using Seedance.Emulator.Engine;
using Seedance.Emulator.Hosting;
using Seedance.Emulator.Providers;

namespace Seedance.Emulator;

/// <summary>
/// An offline, stateful fake of the four provider APIs, each on its own Kestrel listener (as each
/// provider is its own host): jobs move through the provider's status words on a clock, requests are
/// checked against the model catalog the SDK validates with, callbacks are posted and video URLs
/// serve <see cref="SampleVideo"/>. See docs/emulator.md.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await SeedanceEmulator.StartAsync();
/// using var client = emulator.CreateJobClient(ProviderId.Seedance2Ink);
/// var job = await client.SubmitAsync(new VideoRequest { Model = "seedance-2.0", Prompt = "A red fox", Duration = 5 });
/// </code>
/// </example>
public sealed class SeedanceEmulator : IAsyncDisposable
{
    private readonly EmulatorState _state;
    private readonly CallbackSender _callbacks;
    private readonly List<WebApplication> _apps = [];
    private int _disposed;

    private SeedanceEmulator(SeedanceEmulatorOptions options)
    {
        _state = new EmulatorState(options);
        _callbacks = new CallbackSender(_state);
        ApiKey = new SeedanceApiKey(options.ApiKey);
    }

    /// <summary>The base URL of each provider the emulator serves, keyed by provider id.</summary>
    public IReadOnlyDictionary<string, Uri> BaseUrls => _state.BaseUrls;

    /// <summary>The key every provider accepts (its <c>ToString()</c> is redacted like any key's).</summary>
    public SeedanceApiKey ApiKey { get; }

    /// <summary>The options the emulator was started with.</summary>
    public SeedanceEmulatorOptions Options => _state.Options;

    // For the engine's own tests: jobs and callbacks without going through a provider's routes.
    internal EmulatorState State => _state;

    internal CallbackSender Callbacks => _callbacks;

    /// <summary>Starts one listener per provider in <see cref="SeedanceEmulatorOptions.Providers"/>.</summary>
    /// <param name="options">Ports, key and timing; null uses the defaults (free loopback ports, 3 s jobs).</param>
    /// <param name="cancellationToken">Stops the start-up.</param>
    /// <exception cref="ArgumentException">An option is out of range or a provider id is unknown.</exception>
    public static async Task<SeedanceEmulator> StartAsync(SeedanceEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SeedanceEmulatorOptions();
        Validate(options);
        var emulator = new SeedanceEmulator(options);
        try
        {
            var urls = new Dictionary<string, Uri>(StringComparer.Ordinal);
            var dialects = new List<(ProviderDialect Dialect, WebApplication App)>();
            for (var i = 0; i < options.Providers.Count; i++)
            {
                var provider = options.Providers[i];
                var dialect = Dialects.Create(provider, emulator._state, emulator._callbacks);
                var app = BuildApp(options, options.Port == 0 ? 0 : options.Port + ProviderIndex(provider));
                EmulatorEndpoints.Map(app, emulator._state, provider);
                dialect.MapRoutes(app);
                emulator._apps.Add(app);
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
                var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                    .Features.Get<IServerAddressesFeature>()!.Addresses.First();
                urls[provider] = new Uri(address.TrimEnd('/') + "/");
            }
            emulator._state.BaseUrls = urls;
            return emulator;
        }
        catch
        {
            await emulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The base URL of one provider.</summary>
    /// <param name="provider">A provider id the emulator serves.</param>
    /// <exception cref="ArgumentException">The emulator does not serve that provider.</exception>
    public Uri GetBaseUrl(string provider) =>
        provider is not null && _state.BaseUrls.TryGetValue(provider, out var url) ? url
        : throw new ArgumentException($"The emulator does not serve '{provider}'. It serves: {string.Join(", ", _state.BaseUrls.Keys)}.", nameof(provider));

    /// <summary>
    /// A job client for one provider that talks to the emulator: the emulator's key and base URL on top of
    /// <paramref name="options"/> (whose other settings, such as the clock or logging, are kept). Dispose it when done.
    /// </summary>
    /// <param name="provider">A provider id the emulator serves.</param>
    /// <param name="options">Pipeline settings; its <see cref="SeedanceClientOptions.BaseUrl"/> is replaced.</param>
    public VideoJobClient CreateJobClient(string provider, SeedanceClientOptions? options = null)
    {
        var url = GetBaseUrl(provider);
        options ??= new SeedanceClientOptions();
        options.BaseUrl = url;
        return SeedanceJobClients.Create(provider, ApiKey, options);
    }

    /// <summary>Makes the next job submitted to <paramref name="provider"/> end as <paramref name="outcome"/> (a prompt marker still wins). Calls queue up in order.</summary>
    /// <param name="provider">A provider id the emulator serves.</param>
    /// <param name="outcome">How that job ends.</param>
    public void EnqueueOutcome(string provider, EmulatedOutcome outcome)
    {
        GetBaseUrl(provider);
        _state.Enqueue(provider, outcome);
    }

    /// <summary>Every job submitted so far, oldest first; of one provider when <paramref name="provider"/> is set.</summary>
    /// <param name="provider">A provider id, or null for all.</param>
    public IReadOnlyList<EmulatedJobSnapshot> GetJobs(string? provider = null) =>
        _state.JobsOf(provider).Select(j => j.Snapshot(_state.Now)).ToList();

    /// <summary>Waits until every callback that is due has been delivered or has given up.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    public Task FlushCallbacksAsync(CancellationToken cancellationToken = default) => _callbacks.DrainAsync().WaitAsync(cancellationToken);

    /// <summary>Stops the listeners and any callback in flight.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await _callbacks.DisposeAsync().ConfigureAwait(false);
        foreach (var app in _apps)
        {
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static int ProviderIndex(string provider)
    {
        var index = ProviderId.All.ToList().IndexOf(provider);
        return index >= 0 ? index : throw new ArgumentException($"Unknown provider '{provider}'.", nameof(provider));
    }

    private static void Validate(SeedanceEmulatorOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.ApiKey)) throw new ArgumentException("ApiKey must not be empty.", nameof(o));
        if (o.Port is < 0 or > 65535 - 3) throw new ArgumentException($"Port {o.Port} is out of range: 0 (free ports) or 1-65532.", nameof(o));
        if (o.RenderTime < TimeSpan.Zero || o.QueueTime < TimeSpan.Zero || o.QueueTime > o.RenderTime)
            throw new ArgumentException($"RenderTime ({o.RenderTime}) and QueueTime ({o.QueueTime}) must be non-negative, with QueueTime at most RenderTime.", nameof(o));
        if (o.SlowFactor < 1) throw new ArgumentException($"SlowFactor {o.SlowFactor} must be at least 1.", nameof(o));
        if (o.VideoUrlLifetime <= TimeSpan.Zero) throw new ArgumentException("VideoUrlLifetime must be positive.", nameof(o));
        if (o.Providers.Count == 0) throw new ArgumentException("Providers must name at least one provider.", nameof(o));
        foreach (var p in o.Providers) ProviderIndex(p);
    }

    private static WebApplication BuildApp(SeedanceEmulatorOptions options, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (options.LoggerFactory is { } loggers) builder.Services.AddSingleton(loggers);
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (string.Equals(options.Host, "localhost", StringComparison.OrdinalIgnoreCase)) kestrel.ListenLocalhost(port);
            else kestrel.Listen(IPAddress.Parse(options.Host), port);
        });
        return builder.Build();
    }
}
