using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Jobs;
using Seedance.Emulator;

namespace Seedance.Benchmarks.ManyJobs;

/// <summary>
/// P3 (docs/benchmarks.md): N jobs submitted and awaited with a cap in flight, against the emulator in its own
/// process. Per row: requests after a terminal status (must be 0), polls per job against the optimum
/// ceil(render time / poll interval), client CPU time and allocated bytes per job (ratios against the raw
/// HttpClient floor in the same run), and whether the emulator keeps up (its CPU use, its answer times, and
/// the run's length against the ideal). Not a BenchmarkDotNet class: one run of 1,000 jobs is the measurement.
/// </summary>
internal static class ManyJobsRun
{
    private const string Model2 = "seedance-2.0";

    public static async Task RunAsync(string[] args)
    {
        var jobs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var inFlight = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 64;
        var providers = args.Length > 2 ? args[2..] : ProviderId.All.ToArray();
        // 2.5 s, not a multiple of the interval: a poll due at the very moment a job ends races it (either answer is right),
        // which adds a poll to a random few jobs of every row and measures the scheduler, not the client.
        var render = TimeSpan.FromSeconds(2.5);
        var interval = TimeSpan.FromSeconds(1);
        var optimum = (int)Math.Ceiling(render / interval);

        Console.WriteLine($"P3: {jobs} jobs, {inFlight} in flight, render {render.TotalSeconds} s, poll interval {interval.TotalSeconds} s, optimum {optimum} polls per job; {Environment.ProcessorCount} cores");
        Console.WriteLine("| row | jobs ok | requests after terminal | polls per job (mean / max) | client CPU ms per job | client KB allocated per job | emulator CPU (cores) | answer ms p50 / p99 / max | wall s (ideal) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");

        // Warm-up: JIT and connection pools of both paths, not reported.
        await MeasureAsync("warm-up", Math.Min(jobs, inFlight), inFlight, render, interval, print: false, raw: true, provider: ProviderId.Seedance2Ink);
        await MeasureAsync("warm-up", Math.Min(jobs, inFlight), inFlight, render, interval, print: false, raw: false, provider: ProviderId.Seedance2Ink);

        await MeasureAsync("raw HttpClient floor (seedance2-ink)", jobs, inFlight, render, interval, print: true, raw: true, provider: ProviderId.Seedance2Ink);
        foreach (var provider in providers)
            await MeasureAsync($"job API, VideoJobBatch ({provider})", jobs, inFlight, render, interval, print: true, raw: false, provider: provider);
    }

    private static async Task MeasureAsync(string row, int jobs, int inFlight, TimeSpan render, TimeSpan interval, bool print, bool raw, string provider)
    {
        using var emulator = EmulatorProcess.Start(render);
        var baseUrl = emulator.BaseUrls[provider];
        var timing = new TimingHandler();
        var key = SeedanceEmulatorOptions.DefaultApiKey;

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var me = Process.GetCurrentProcess();
        var cpu0 = me.TotalProcessorTime;
        var alloc0 = GC.GetTotalAllocatedBytes(precise: true);
        var serverCpu0 = emulator.CpuTime;
        var wall = Stopwatch.StartNew();
        int ok;
        if (raw)
        {
            using var http = new HttpClient(timing, disposeHandler: false);
            var client = new RawPollingClient(http, baseUrl, key);
            var body = JsonSerializer.Serialize(new { model = Model2, prompt = "A river through an autumn forest, aerial view", duration = 5 });
            using var gate = new SemaphoreSlim(inFlight);
            var results = await Task.WhenAll(Enumerable.Range(0, jobs).Select(async _ =>
            {
                await gate.WaitAsync().ConfigureAwait(false);
                try { return await client.RunJobAsync(body, interval, CancellationToken.None).ConfigureAwait(false); }
                finally { gate.Release(); }
            })).ConfigureAwait(false);
            ok = results.Count(s => s == "succeeded");
        }
        else
        {
            using var client = SeedanceJobClients.Create(provider, new SeedanceApiKey(key), new SeedanceClientOptions { BaseUrl = baseUrl, PrimaryHandler = timing });
            var request = new VideoRequest { Model = ModelCatalog.For(provider)[0].Id, Prompt = "A river through an autumn forest, aerial view" };
            var work = Enumerable.Range(0, jobs).Select(_ => new VideoJobWork(client, request)).ToList();
            var options = new VideoJobBatchOptions
            {
                MaxInFlight = inFlight,
                MaxInFlightPerProvider = inFlight,
                Wait = new WaitOptions { PollInterval = interval, MinPollInterval = interval },
            };
            var results = await VideoJobBatch.RunAsync(work, options, CancellationToken.None).ConfigureAwait(false);
            ok = results.Count(r => r.Succeeded);
            if (results.FirstOrDefault(r => r.Error is not null) is { } failed) Console.Error.WriteLine($"{row}: first error: {failed.Error!.GetType().Name}: {failed.Error.Message}");
        }
        wall.Stop();
        me.Refresh();
        var cpu = me.TotalProcessorTime - cpu0;
        var alloc = GC.GetTotalAllocatedBytes(precise: true) - alloc0;
        var serverCpu = emulator.CpuTime - serverCpu0;

        var snapshots = await ReadJobsAsync(baseUrl).ConfigureAwait(false);
        if (!print) return;
        var afterTerminal = snapshots.Sum(s => s.PollsAfterTerminal);
        var polls = snapshots.Select(s => s.Polls).DefaultIfEmpty(0).ToArray();
        var (p50, p99, max) = timing.Percentiles();
        // Slots refill as jobs end, so the ideal is every slot busy for as long as optimal polling needs to see
        // each end: jobs / in-flight x (optimum polls x interval).
        var ideal = (double)jobs / inFlight * Math.Ceiling(render / interval) * interval.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {row} | {ok}/{jobs} | {afterTerminal} | {polls.Average():F2} / {polls.Max()} | {cpu.TotalMilliseconds / jobs:F2} | {alloc / 1024.0 / jobs:F1} | {serverCpu / wall.Elapsed:F2} | {p50:F1} / {p99:F1} / {max:F1} | {wall.Elapsed.TotalSeconds:F1} ({ideal:F0}) |"));
    }

    private static async Task<IReadOnlyList<EmulatedJobSnapshot>> ReadJobsAsync(Uri baseUrl)
    {
        using var http = new HttpClient();
        return await http.GetFromJsonAsync<List<EmulatedJobSnapshot>>(new Uri(baseUrl, "_emulator/jobs"), new JsonSerializerOptions(JsonSerializerDefaults.Web)).ConfigureAwait(false) ?? [];
    }
}
