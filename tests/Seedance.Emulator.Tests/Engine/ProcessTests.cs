using System.Diagnostics;

namespace Seedance.Emulator.Tests.Engine;

/// <summary>The emulator as its own process, the way `dotnet run --project src/Seedance.Emulator` runs it.</summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task Sigterm_stops_the_emulator_process_cleanly()
    {
        if (OperatingSystem.IsWindows()) return;  // no SIGTERM there; Ctrl+C is covered in process
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Seedance.Emulator.dll"));
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add("0");
        using var process = Process.Start(start)!;
        try
        {
            // Ready once it has printed its key line.
            string? line;
            do line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            while (line is not null && !line.StartsWith("Key:", StringComparison.Ordinal));
            Assert.NotNull(line);

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
