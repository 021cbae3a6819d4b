using Seedance.Emulator;

namespace Seedance.Cli.Tests;

/// <summary>One emulator for the tests that talk to a provider: 1 s jobs (3 s when marked slow), free loopback ports.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private SeedanceEmulator? _emulator;

    public SeedanceEmulator Emulator => _emulator ?? throw new InvalidOperationException("not started");

    /// <summary>The base URL option for <paramref name="provider"/>.</summary>
    public string[] BaseUrl(string provider) => ["--base-url", Emulator.GetBaseUrl(provider).AbsoluteUri];

    /// <summary>Polls fast: the jobs take a second.</summary>
    public static readonly string[] FastPolls = ["--poll-interval", "0.1"];

    public async Task InitializeAsync() => _emulator = await SeedanceEmulator.StartAsync(new SeedanceEmulatorOptions
    {
        RenderTime = TimeSpan.FromSeconds(1),
        QueueTime = TimeSpan.FromSeconds(0.2),
        SlowFactor = 3,
    });

    public async Task DisposeAsync()
    {
        if (_emulator is not null) await _emulator.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class EmulatorCollection : ICollectionFixture<EmulatorFixture>
{
    public const string Name = "emulator";
}
