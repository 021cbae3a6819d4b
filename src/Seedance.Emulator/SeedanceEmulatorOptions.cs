using Microsoft.Extensions.Logging;

namespace Seedance.Emulator;

/// <summary>How a <see cref="SeedanceEmulator"/> listens and how fast its jobs move.</summary>
public sealed class SeedanceEmulatorOptions
{
    /// <summary>The key the emulator accepts when <see cref="ApiKey"/> is not set.</summary>
    public const string DefaultApiKey = "sk-seedance-emulator";

    /// <summary>The first port of the command line's default (providers take consecutive ports in <see cref="Seedance.Contracts.Catalog.ProviderId.All"/> order).</summary>
    public const int DefaultCommandLinePort = 7480;

    /// <summary>The only key every provider accepts; any other key, or none, gets the provider's 401 body.</summary>
    public string ApiKey { get; set; } = DefaultApiKey;

    /// <summary>The address to listen on. Loopback by default: the emulator has no security beyond the fake key.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>
    /// 0 (the default) gives each provider a free port. Any other value is the first of four consecutive
    /// ports, one per provider in <see cref="Seedance.Contracts.Catalog.ProviderId.All"/> order.
    /// </summary>
    public int Port { get; set; }

    /// <summary>The providers to serve; all four by default.</summary>
    public IList<string> Providers { get; } = new List<string>(Seedance.Contracts.Catalog.ProviderId.All);

    /// <summary>Time from submit to a terminal status for a normal job (3 s by default).</summary>
    public TimeSpan RenderTime { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The first part of <see cref="RenderTime"/>, in which a job is queued (0.5 s by default).</summary>
    public TimeSpan QueueTime { get; set; } = TimeSpan.FromSeconds(0.5);

    /// <summary>How many times longer a job marked slow renders (10 by default).</summary>
    public double SlowFactor { get; set; } = 10;

    /// <summary>
    /// Maps the part of the running time that has passed (0 to 1) to the progress a provider reports
    /// (0 to 99; 100 is only reported on success). Linear when null.
    /// </summary>
    public Func<double, int>? ProgressCurve { get; set; }

    /// <summary>How long a video URL works after it is handed out (24 hours by default, as Ark documents for its signed URLs).</summary>
    public TimeSpan VideoUrlLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The clock jobs move on. A <c>FakeTimeProvider</c> makes every transition explicit in tests.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Where the emulator logs requests and callbacks; nothing is logged when null.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
