using System.Collections.Concurrent;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Seedance.Contracts.Jobs;

namespace Seedance.Contracts.Hosting;

/// <summary>
/// Builds each configured provider's job client once, on first use, over IHttpClientFactory's chains
/// for the SDK's named clients, with the app's logger factory and clock, and the app's
/// <see cref="SeedanceCallbacks"/> when one is registered (every submit then protects its callback URL).
/// </summary>
internal sealed class SeedanceClientRegistry(
    IOptions<SeedanceOptions> options, IHttpMessageHandlerFactory handlers, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null,
    SeedanceCallbacks? callbacks = null)
    : ISeedanceClientRegistry, IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<VideoJobClient>> _clients = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Providers => [.. options.Value.Providers.Keys];

    public IVideoJobClient GetClient(string provider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        if (!options.Value.Providers.TryGetValue(provider, out var settings))
        {
            throw new ArgumentException(
                $"The Seedance provider '{provider}' is not configured (Seedance:Providers:{provider}). Configured: {string.Join(", ", options.Value.Providers.Keys)}.",
                nameof(provider));
        }
        var id = options.Value.Providers.Keys.First(k => string.Equals(k, provider, StringComparison.OrdinalIgnoreCase));
        return _clients.GetOrAdd(id, _ => new Lazy<VideoJobClient>(() => Create(id.ToLowerInvariant(), settings))).Value;
    }

    public VideoJob GetJob(string provider, string jobId) => GetClient(provider).GetJob(jobId);

    private VideoJobClient Create(string provider, SeedanceProviderOptions settings)
    {
        var http = new SeedanceClientOptions
        {
            PrimaryHandler = new FactoryTransport(handlers, SeedanceHttpClientNames.Api(provider)),
            HandlersInstalled = true,
            LoggerFactory = loggerFactory,
            TimeProvider = timeProvider ?? TimeProvider.System,
        };
        return SeedanceJobClients.Create(provider, settings, http,
            new FactoryTransport(handlers, SeedanceHttpClientNames.Download(provider)), downloadHandlersInstalled: true, callbacks);
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values.Where(c => c.IsValueCreated)) client.Value.Dispose();
    }
}
