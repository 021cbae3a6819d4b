using System.Diagnostics;
using Seedance.Contracts.Catalog;

namespace Seedance.Benchmarks.ManyJobs;

/// <summary>
/// The emulator in its own process (<c>Seedance.Benchmarks serve-emulator RENDER_SECONDS</c>), so the client's
/// CPU time and allocations are measured alone, and the emulator's CPU time can be read from outside.
/// </summary>
internal sealed class EmulatorProcess : IDisposable
{
    private readonly Process _process;

    private EmulatorProcess(Process process, IReadOnlyDictionary<string, Uri> urls)
    {
        _process = process;
        BaseUrls = urls;
    }

    public IReadOnlyDictionary<string, Uri> BaseUrls { get; }

    /// <summary>CPU time the emulator process has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The server side, in the child process: the emulator's own command line on free ports.</summary>
    public static Task<int> ServeAsync(string renderSeconds, CancellationToken cancellationToken) =>
        Seedance.Emulator.Hosting.EmulatorCommandLine.RunAsync(["--port", "0", "--render-time", renderSeconds], Console.Out, Console.Error, cancellationToken);

    public static EmulatorProcess Start(TimeSpan renderTime)
    {
        var dll = Path.Combine(Program.ProjectOutputDirectory(), "Seedance.Benchmarks.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("serve-emulator");
        start.ArgumentList.Add(renderTime.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the emulator process.");
        var urls = new Dictionary<string, Uri>(StringComparer.Ordinal);
        while (urls.Count < ProviderId.All.Count)
        {
            var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("The emulator process stopped before printing its URLs.");
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && ProviderId.IsKnown(parts[0])) urls[parts[0]] = new Uri(parts[1]);
        }
        return new EmulatorProcess(process, urls);
    }

    public void Dispose()
    {
        // The child stops when its standard input closes (see Program's serve-emulator).
        _process.StandardInput.Close();
        if (!_process.WaitForExit(10_000)) _process.Kill();
        _process.Dispose();
    }
}
