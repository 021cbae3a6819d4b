using Microsoft.Extensions.Logging;

namespace Seedance.Conformance.Running;

/// <summary>
/// What an in-process caller (a test) can plug into a run that the command line cannot: the logger
/// every client pipeline writes to, the key the stub-server targets send, and a look at every
/// exception a scenario caught before the runner turns it into a (scrubbed) outcome message. The
/// secret-hygiene tests use it to prove the key stays out of everything a run produces.
/// </summary>
public sealed class ConformanceHooks
{
    /// <summary>Passed as <c>SeedanceClientOptions.LoggerFactory</c> to every pipeline and job client of the run; null logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>
    /// The key sent by scenarios that want a valid one when the target is a stub server (embedded
    /// replay host, WireMock, Prism); null keeps <c>ConformanceKeys.ReplayKey</c>. Live keys come from
    /// the environment.
    /// </summary>
    public string? ReplayKey { get; init; }

    /// <summary>Called with the scenario name and every exception a driver or the runner caught, unscrubbed.</summary>
    public Action<string, Exception>? ExceptionObserved { get; init; }
}
