using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Seedance.Benchmarks;

/// <summary>
/// Entry point: BenchmarkDotNet's switcher, so every standard option works
/// (<c>--filter</c>, <c>--job short</c>, <c>--inProcess</c>, <c>--list flat</c>, <c>--artifacts</c>, exporters).
/// </summary>
public static class Program
{
    public static async Task Main(string[] args)
    {
        // Not a benchmark: the allocation-by-type profile of the round-trip rows (docs/benchmarks.md, "P1: round trip").
        if (args is ["alloc-profile", .. var rows])
        {
            await Profiling.AllocationProfile.RunAsync(rows);
            return;
        }

        // The server side of LargeDownloadBenchmarks, in its own process (VideoServerProcess).
        if (args is ["serve-video", var length])
        {
            await VideoServerProcess.ServeAsync(long.Parse(length, CultureInfo.InvariantCulture));
            return;
        }

        // P3 (docs/benchmarks.md): many jobs against the emulator, and the emulator's side of it in a child process.
        if (args is ["many-jobs", .. var manyJobs])
        {
            await ManyJobs.ManyJobsRun.RunAsync(manyJobs);
            return;
        }
        if (args is ["serve-emulator", var renderSeconds])
        {
            using var stdinClosed = new CancellationTokenSource();
            _ = Task.Run(async () => { await Console.In.ReadToEndAsync(); stdinClosed.Cancel(); });
            await ManyJobs.EmulatorProcess.ServeAsync(renderSeconds, stdinClosed.Token);
            return;
        }

        // Not a benchmark either: the round-trip rows timed in interleaved rounds, for a machine under changing load.
        if (args is ["interleaved", .. var rest])
        {
            await Profiling.InterleavedTiming.RunAsync(
                rest.Length > 0 ? rest[0] : "clients",
                rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 25,
                rest.Length > 2 ? int.Parse(rest[2], CultureInfo.InvariantCulture) : 500);
            return;
        }

        // BenchmarkDotNet gives the out-of-process build of the benchmark project 2 minutes by default; on the
        // shared 2-core machine, loaded by parallel builds, a build of the whole project graph (source generator,
        // Kiota CLI output, no shared compiler) can take longer, and the run then measures nothing.
        IConfig config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
        // Results land beside this project (git-ignored) rather than in whatever directory `dotnet run`
        // was started from; an explicit --artifacts still wins.
        if (FindProjectDirectory() is { } project)
            config = config.WithArtifactsPath(Path.Combine(project, "BenchmarkDotNet.Artifacts"));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }

    /// <summary>This project's own build output (bin/Release/net10.0 under the project), where `dotnet run -c Release` put it.</summary>
    internal static string ProjectOutputDirectory() =>
        System.IO.Path.Combine(FindProjectDirectory() ?? throw new InvalidOperationException("The benchmark project directory was not found."), "bin", "Release", "net10.0");

    private static string? FindProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Seedance.Benchmarks.csproj"))) return dir.FullName;
        }
        return null;
    }
}
