using System.Diagnostics;
using Seedance.Conformance.Replay;

namespace Seedance.Benchmarks;

/// <summary>
/// Serves one large video from a separate process, so a benchmark's MemoryDiagnoser (which counts the whole
/// process) sees the client's allocations only. <c>Seedance.Benchmarks serve-video LENGTH</c> runs the server
/// side: a replay host with a streamed body at <see cref="Path"/>; it prints its base URL and stops when its
/// standard input closes.
/// </summary>
internal sealed class VideoServerProcess : IDisposable
{
    public const string Path = "/open-api-results/req_1234567890.mp4";

    private readonly Process _process;

    private VideoServerProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>The server side, in the child process.</summary>
    public static async Task ServeAsync(long length)
    {
        await using var host = await ReplayHost.StartAsync(new ReplayHostOptions());
        host.Given(RequestPattern.For("GET", Path)).RespondWith(Faults.LargeBody(length, contentType: "video/mp4"));
        Console.WriteLine(host.BaseUrl.AbsoluteUri);
        await Console.In.ReadToEndAsync();
    }

    /// <summary>Starts the child process from this project's own build output and waits for its URL.</summary>
    public static VideoServerProcess Start(long length)
    {
        var dll = System.IO.Path.Combine(Program.ProjectOutputDirectory(), "Seedance.Benchmarks.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("serve-video");
        start.ArgumentList.Add(length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the video server process.");
        var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("The video server process printed no URL.");
        return new VideoServerProcess(process, new Uri(line));
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(10_000)) _process.Kill();
        _process.Dispose();
    }
}
