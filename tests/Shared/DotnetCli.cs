using System.Diagnostics;

namespace Seedance.Testing;

/// <summary>What a <c>dotnet</c> child process did.</summary>
internal sealed record DotnetRun(int ExitCode, string Output, TimeSpan Elapsed);

/// <summary>Runs the <c>dotnet</c> on PATH as a child process, with a deadline (shared by the end-to-end build and packaging tests, linked from tests/Shared).</summary>
internal static class DotnetCli
{
    /// <param name="environment">Variables to set for the child; a null value removes the variable.</param>
    public static async Task<DotnetRun> RunAsync(string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        // Under `dotnet test` the parent CLI has exported its own MSBuild paths and switches; the child
        // must resolve its SDK afresh (from the copied global.json) like a developer's shell would.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // No MSBuild worker nodes may outlive the build: the test owns every process it starts.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(key);
            else start.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        // Both pipes are drained concurrently so a chatty build cannot block on a full buffer.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"dotnet {string.Join(' ', start.ArgumentList)} did not finish within {timeout}; killed. Output so far:\n{await stdout}{await stderr}");
        }

        return new DotnetRun(process.ExitCode, await stdout + await stderr, clock.Elapsed);
    }
}
