using Seedance.Conformance.Replay;
using Seedance.Reliability.Tests.TestKit;

namespace Seedance.Reliability.Tests.FaultMatrix;

/// <summary>What one run of the whole matrix observed, and when it started.</summary>
/// <param name="StartedUtc">When the run began (files written since then are the run's).</param>
/// <param name="Cells">Every (operation key, fault key) cell.</param>
internal sealed record ObservedMatrix(DateTime StartedUtc, IReadOnlyDictionary<(string Operation, string Fault), MatrixResult> Cells)
{
    /// <summary>The cell of <paramref name="operation"/> × <paramref name="fault"/>.</summary>
    public MatrixResult Cell(string operation, string fault) => Cells[(operation, fault)];
}

/// <summary>
/// The whole matrix, run once per test run on its own replay host. <see cref="FaultMatrixTests"/> asserts
/// each cell against the policy, <see cref="FaultMatrixDocTests"/> renders docs/reliability.md from it and
/// the secret-hygiene sweep searches it for the key. One run means the three read the same observations,
/// and the few hundred cells are served once, not three times.
/// </summary>
internal static class FaultMatrixRun
{
    private static readonly Lazy<Task<ObservedMatrix>> Run = new(RunAllAsync);

    /// <summary>The results, running the matrix on first use.</summary>
    public static Task<ObservedMatrix> ResultsAsync() => Run.Value;

    private static async Task<ObservedMatrix> RunAllAsync()
    {
        var started = DateTime.UtcNow;
        await using var host = await ReplayHost.StartAsync(new ReplayHostOptions { EnableAdminApi = false });
        var cells = new Dictionary<(string, string), MatrixResult>();
        foreach (var op in OperationTable.All)
        {
            foreach (var fault in FaultCatalog.All) cells[(op.Key, fault.Key)] = await MatrixRunner.RunAsync(host, op, fault);
        }
        return new ObservedMatrix(started, cells);
    }
}
