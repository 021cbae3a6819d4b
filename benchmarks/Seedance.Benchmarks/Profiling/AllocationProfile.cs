using System.Diagnostics.Tracing;
using Seedance.Benchmarks.RoundTrip;

namespace Seedance.Benchmarks.Profiling;

/// <summary>
/// Where a round trip's bytes go, by type: runs one round-trip row many times with the runtime's sampled
/// allocation events (GCAllocationTick, one event per ~100 KB allocated, naming the type that crossed the
/// threshold) and prints the estimated bytes per round trip of each type. BenchmarkDotNet says how much a
/// row allocates; this says what, without tools that are not on the machine (dotnet-trace, PerfView).
/// Run: <c>dotnet run -c Release --project benchmarks/Seedance.Benchmarks -- alloc-profile [row ...]</c>.
/// </summary>
/// <remarks>
/// The loopback server is in the process, so its allocations are in every row's profile (the same ones); the
/// estimate is statistical (sampling every ~100 KB), so types below about 1 KB per round trip are noise.
/// </remarks>
internal static class AllocationProfile
{
    private const int Warmup = 300;
    private const int Measured = 3000;

    public static async Task RunAsync(IReadOnlyList<string> requested)
    {
        var roundTrips = new RoundTripBenchmarks();
        await roundTrips.SetupAsync();
        var handlers = new SdkHandlerBenchmarks();
        await handlers.SetupAsync();
        var rows = new Dictionary<string, Func<Task<RoundTripResult>>>(StringComparer.OrdinalIgnoreCase)
        {
            ["floor"] = roundTrips.HandWrittenStj,
            ["job-api"] = roundTrips.JobApi,
            ["generated-bare"] = roundTrips.GeneratedBare,
            ["kiota-cli"] = roundTrips.KiotaCli,
            ["sdk-without-error-capture"] = handlers.ResilienceHandler,
            ["sdk-chain"] = handlers.ErrorCapture,
        };
        try
        {
            foreach (var name in requested.Count > 0 ? requested : rows.Keys.ToList())
            {
                if (!rows.TryGetValue(name, out var row))
                    throw new ArgumentException($"Unknown row '{name}'; rows: {string.Join(", ", rows.Keys)}.");
                await ProfileAsync(name, row);
            }
        }
        finally
        {
            await roundTrips.CleanupAsync();
            await handlers.CleanupAsync();
        }
    }

    private static async Task ProfileAsync(string name, Func<Task<RoundTripResult>> row)
    {
        for (var i = 0; i < Warmup; i++) await row();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        using (var listener = new AllocationListener())
        {
            for (var i = 0; i < Measured; i++) await row();
            var total = GC.GetTotalAllocatedBytes(precise: true) - before;
            Console.WriteLine($"## {name}: {total / (double)Measured / 1024:0.00} KB per round trip (whole process, exact)");
            Console.WriteLine("| Type (sampled) | KB per round trip |");
            Console.WriteLine("|---|---:|");
            foreach (var (type, bytes) in listener.Snapshot().OrderByDescending(p => p.Value).Take(20))
                Console.WriteLine($"| `{type}` | {bytes / (double)Measured / 1024:0.00} |");
            Console.WriteLine();
        }
    }

    /// <summary>Sums the sampled allocation amount per type name.</summary>
    private sealed class AllocationListener : EventListener
    {
        private readonly Dictionary<string, long> _bytesByType = [];

        public Dictionary<string, long> Snapshot()
        {
            lock (_bytesByType) return new Dictionary<string, long>(_bytesByType);
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            // Keyword 0x1 = GC; GCAllocationTick is a verbose event.
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (!e.EventName!.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
            var type = e.PayloadNames.IndexOf("TypeName") is var t and >= 0 ? e.Payload![t] as string ?? "?" : "?";
            var amountIndex = e.PayloadNames.IndexOf("AllocationAmount64");
            if (amountIndex < 0) amountIndex = e.PayloadNames.IndexOf("AllocationAmount");
            var amount = Convert.ToInt64(e.Payload![amountIndex], System.Globalization.CultureInfo.InvariantCulture);
            // Large objects are listed with their size: one big buffer per call reads differently from many small ones.
            if (e.PayloadNames.IndexOf("ObjectSize") is var s and >= 0 && Convert.ToInt64(e.Payload[s], System.Globalization.CultureInfo.InvariantCulture) is var size and >= 4096)
                type += $" ({size} B objects)";
            lock (_bytesByType) _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
        }
    }
}
