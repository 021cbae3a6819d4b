using Microsoft.Extensions.Time.Testing;

namespace Seedance.Emulator.Tests;

/// <summary>
/// One emulator serving one provider on a fake clock, and one <c>prism proxy specs/&lt;provider&gt;.yaml</c> in front of
/// it, shared by a test class (Prism takes seconds to start). Without Prism (outside CI), only the emulator starts
/// and the <see cref="PrismFactAttribute"/> tests are skipped.
/// </summary>
public abstract class PrismProxyFixture(string provider) : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new();

    public SeedanceEmulator Emulator { get; private set; } = null!;

    internal PrismProxy Proxy { get; private set; } = null!;

    /// <summary>Raw HTTP to Prism (no key set).</summary>
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new SeedanceEmulatorOptions { TimeProvider = Clock };
        options.Providers.Clear();
        options.Providers.Add(provider);
        Emulator = await SeedanceEmulator.StartAsync(options);
        if (PrismProxy.SkipReason() is not null) return;
        Proxy = await PrismProxy.StartAsync(provider + ".yaml", Emulator.GetBaseUrl(provider));
        Http = new HttpClient { BaseAddress = Proxy.BaseUrl };
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (Proxy is not null) await Proxy.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
