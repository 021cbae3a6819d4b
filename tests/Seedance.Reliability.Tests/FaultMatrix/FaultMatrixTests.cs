using Microsoft.Extensions.Logging.Testing;
using Seedance.Contracts;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Http;
using Seedance.Conformance.Replay;
using Seedance.Reliability.Tests.TestKit;
using Xunit.Abstractions;

namespace Seedance.Reliability.Tests.FaultMatrix;

/// <summary>
/// §2: every fault against every operation of every provider. Each cell is its own test case, reading
/// its observation from the one shared run (<see cref="FaultMatrixRun"/>), and asserts the typed outcome, the attempts the server's journal shows, that the call ended within its
/// deadline (virtual waits below the per-call timeout, no hang) and that the fake key leaked nowhere.
/// The expectations come from <see cref="FaultCatalog.Expect"/>, the policy written once.
/// </summary>
public sealed class FaultMatrixTests(ITestOutputHelper output)
{
    /// <summary>Every (operation, fault) cell.</summary>
    public static TheoryData<string, string> Cells()
    {
        var data = new TheoryData<string, string>();
        foreach (var op in OperationTable.All)
        {
            foreach (var fault in FaultCatalog.All) data.Add(op.Key, fault.Key);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Cell(string operation, string fault)
    {
        var result = (await FaultMatrixRun.ResultsAsync()).Cell(operation, fault);
        output.WriteLine(result.ToString());
        var expected = FaultCatalog.Expect(result.Fault, result.Operation.Safety);

        Assert.True(result.Error is null or SeedanceException, $"an untyped exception escaped: {result.Error}");
        Assert.Equal(expected.Outcome, result.Outcome);
        Assert.Equal(expected.Attempts, result.Attempts);
        if (expected.Outcome == "ok") Assert.NotNull(result.Result);

        // Within its deadline: the waits the policy took (virtual time) fit in the per-call timeout.
        Assert.True(result.VirtualWait < result.CallTimeout, $"waited {result.VirtualWait} (virtual), more than the call timeout {result.CallTimeout}");

        switch (result.Error)
        {
            case SeedanceRateLimitException rate when result.Fault.Id == "429-retry-after-3600s":
                Assert.Equal(TimeSpan.FromHours(1), rate.RetryAfter);
                Assert.Contains("retry after 3600 s", rate.Message, StringComparison.Ordinal);
                break;
            case SeedanceConnectionException connection:
                Assert.Equal(result.Fault.SentBeforeFault, connection.RequestMayHaveBeenSent);
                break;
            case SeedanceTimeoutException timeout:
                Assert.Equal(SeedanceTimeoutKind.Call, timeout.Kind);
                break;
        }
        if (result.Error is SeedanceException { StatusCode: { } status } typed && (int)status >= 400)
            Assert.Equal(result.Provider, typed.Provider);

        SecretAssert.NotLeaked(result.Error, result.Logs);
    }
}

/// <summary>What one matrix cell observed.</summary>
internal sealed record MatrixResult(ReliabilityOperation Operation, Fault Fault, object? Result, Exception? Error, int Attempts,
    TimeSpan VirtualWait, TimeSpan CallTimeout, IReadOnlyList<FakeLogRecord> Logs)
{
    /// <summary>The provider id.</summary>
    public string Provider => Operation.Provider;

    /// <summary><c>ok</c> or the short exception name.</summary>
    public string Outcome => TestClients.Describe(Error);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Operation.Key} × {Fault.Key}: {Outcome} ×{Attempts} (virtual wait {VirtualWait.TotalSeconds:0.###} s){(Error is null ? "" : Environment.NewLine + Error.Message)}";
}

/// <summary>Runs one matrix cell against a (shared) replay host.</summary>
internal static class MatrixRunner
{
    /// <summary>Sets up the fault, runs the operation once through a fresh pipeline, reads the journal.</summary>
    public static async Task<MatrixResult> RunAsync(ReplayHost host, ReliabilityOperation op, Fault fault)
    {
        host.Reset();
        // One fake clock per cell: backoff and Retry-After waits fire at once and add up on it. In the
        // delay-past-timeout cell nothing fires by itself; the clock moves past the per-call deadline once the
        // server holds the request. On a real clock a short deadline could pass before a loaded CI machine even
        // delivered the request, and the cell would see no attempt at all; this way the ordering (request
        // received, then deadline) is the same every time. Had the deadline not been armed, the server's
        // 30 s answer would arrive and the cell would end "ok" instead of "Timeout".
        var gated = fault.Target == FaultTarget.HostWithShortTimeout;
        var clock = new AutoAdvancingTimeProvider { AutoFireUpTo = gated ? TimeSpan.Zero : TimeSpan.FromSeconds(60) };
        var callTimeout = gated ? FaultCatalog.ShortCallTimeout : SeedanceClientOptions.DefaultCallTimeout;
        var logs = new FakeLogCollector();
        using var loggerFactory = FakeLogs.Factory(logs);
        var pattern = RequestPattern.For(op.Method, op.ExamplePath);
        var success = Faults.Status(200, OperationTable.SuccessBody(op));

        RefuseFirstConnectsHandler? refuser = null;
        var baseUrl = host.BaseUrl;
        switch (fault.Target)
        {
            case FaultTarget.ClosedPort:
                baseUrl = Net.ClosedPortUrl();
                break;
            case FaultTarget.RefusedOnceThenHost:
                refuser = new RefuseFirstConnectsHandler(1);
                host.Given(pattern).RespondWith(success);
                break;
            default:
                var responder = fault.Responder!(op, clock);
                if (gated)
                {
                    // The host journals the request before its responder runs, so the deadline fires only
                    // once the attempt is on record. Off the server's thread, as a timer would fire.
                    var inner = responder;
                    responder = (context, ct) =>
                    {
                        ThreadPool.UnsafeQueueUserWorkItem(_ => clock.Advance(callTimeout), null);
                        return inner(context, ct);
                    };
                }
                if (fault.Mode == FaultMode.Persists)
                {
                    host.Given(pattern).RespondWith(responder);
                }
                else
                {
                    host.Given(pattern).InScenario("cell").WhenScenarioStateIs("Started").WillSetStateTo("healed").RespondWith(responder);
                    host.Given(pattern).InScenario("cell").WhenScenarioStateIs("healed").RespondWith(success);
                }
                break;
        }

        var options = TestClients.Options(baseUrl, clock, loggerFactory, callTimeout: callTimeout);
        options.PrimaryHandler = refuser;
        using var pipeline = SeedancePipeline.Create(options, op.Provider);
        var (result, error) = await TestClients.Capture(op, pipeline);

        var attempts = fault.Target == FaultTarget.ClosedPort
            // Nothing reaches a server: count the attempts the pipeline logged (one line per attempt).
            ? logs.GetSnapshot().Count(l => l.Category == "Seedance.Http")
            : host.Journal.Count(e => e.Request.Method == op.Method && e.Request.Path == op.ExamplePath) + (refuser?.Refused ?? 0);
        var unexpected = host.Journal.Requests.Where(e => e.Request.Path != op.ExamplePath || e.Request.Method != op.Method).ToList();
        Assert.True(unexpected.Count == 0, $"requests to other routes: {string.Join(", ", unexpected)}");
        var waited = TimeSpan.FromTicks(clock.AutoFired.Sum(d => d.Ticks));
        return new MatrixResult(op, fault, result, error, attempts, waited, callTimeout, logs.GetSnapshot());
    }
}
