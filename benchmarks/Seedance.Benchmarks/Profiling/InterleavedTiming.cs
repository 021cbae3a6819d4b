using System.Diagnostics;
using Seedance.Benchmarks.RoundTrip;

namespace Seedance.Benchmarks.Profiling;

/// <summary>
/// The round-trip rows timed in interleaved rounds, for a machine whose load changes while it measures.
/// BenchmarkDotNet measures one row after the other, so a burst of load from other builds lands on whichever
/// row is running; here every round runs each row for a block of round trips in turn (rotating the order),
/// so load drift hits all rows alike, and the median over rounds is reported. Two numbers per row: wall time,
/// and the process's CPU time (client and in-process server together), which waiting for a core does not inflate.
/// Run: <c>dotnet run -c Release --project benchmarks/Seedance.Benchmarks -- interleaved [clients|layers|handlers] [rounds] [round trips per block]</c>.
/// </summary>
internal static class InterleavedTiming
{
    /// <summary>Times the rows of <paramref name="set"/>: <c>clients</c> (RoundTripBenchmarks), <c>layers</c> or <c>handlers</c>; the first row is the baseline.</summary>
    public static async Task RunAsync(string set, int rounds, int perBlock)
    {
        var bench = new RoundTripBenchmarks();
        var layers = new RoundTripLayerBenchmarks();
        var handlers = new SdkHandlerBenchmarks();
        (string Name, Func<Task<RoundTripResult>> Run)[] rows;
        Func<Task> cleanup;
        switch (set)
        {
            case "clients":
                await bench.SetupAsync();
                cleanup = bench.CleanupAsync;
                rows = [("(c) floor", bench.HandWrittenStj), ("(a) job API", bench.JobApi), ("(b) generated, bare", bench.GeneratedBare), ("(d) Kiota CLI", bench.KiotaCli)];
                break;
            case "layers":
                await layers.SetupAsync();
                cleanup = layers.CleanupAsync;
                rows =
                [
                    ("generated, plain HttpClient", layers.GeneratedPlainHttpClient), ("+ Kiota default handlers", layers.GeneratedKiotaDefaultHandlers),
                    ("SDK handler chain instead", layers.GeneratedSdkHandlers), ("+ SeedanceCall", layers.GeneratedSeedanceCall),
                    ("job API, CallTimeout = null", layers.JobApiNoCallTimeout), ("job API as shipped", layers.JobApi),
                ];
                break;
            case "handlers":
                await handlers.SetupAsync();
                cleanup = handlers.CleanupAsync;
                rows =
                [
                    ("Kiota defaults without RetryHandler", handlers.KiotaDefaultsWithoutRetry), ("+ stamper, log line, guard", handlers.WireHandlers),
                    ("+ SeedanceResilienceHandler", handlers.ResilienceHandler), ("+ ErrorCaptureHandler", handlers.ErrorCapture),
                ];
                break;
            default:
                throw new ArgumentException($"Unknown set '{set}': clients, layers or handlers.");
        }
        var wall = rows.Select(_ => new List<double>()).ToArray();
        var cpu = rows.Select(_ => new List<double>()).ToArray();
        try
        {
            foreach (var row in rows)
            {
                for (var i = 0; i < perBlock; i++) await row.Run();
            }

            using var process = Process.GetCurrentProcess();
            for (var round = 0; round < rounds; round++)
            {
                for (var k = 0; k < rows.Length; k++)
                {
                    var r = (round + k) % rows.Length;
                    process.Refresh();
                    var cpuBefore = process.TotalProcessorTime;
                    var clock = Stopwatch.StartNew();
                    for (var i = 0; i < perBlock; i++) await rows[r].Run();
                    clock.Stop();
                    process.Refresh();
                    wall[r].Add(clock.Elapsed.TotalMicroseconds / perBlock);
                    cpu[r].Add((process.TotalProcessorTime - cpuBefore).TotalMicroseconds / perBlock);
                }
            }
        }
        finally
        {
            await cleanup();
        }

        Console.WriteLine($"Medians over {rounds} interleaved rounds of {perBlock} round trips per row ({Environment.ProcessorCount} cores)");
        Console.WriteLine("| Row | Wall us | Wall ratio | CPU us (process) | CPU ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        var wallBase = Median(wall[0]);
        var cpuBase = Median(cpu[0]);
        for (var r = 0; r < rows.Length; r++)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"| {rows[r].Name} | {Median(wall[r]):0.0} | {Median(wall[r]) / wallBase:0.00} | {Median(cpu[r]):0.0} | {Median(cpu[r]) / cpuBase:0.00} |"));
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
