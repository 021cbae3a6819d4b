using System.Diagnostics;
using System.Text;

namespace Seedance.Packaging.Tests;

/// <summary>Runs the installed tool or a shell block as a child process, with the same environment hygiene as <see cref="DotnetCli"/>.</summary>
internal sealed class ToolProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ToolProcess(Process process) => _process = process;

    /// <summary>Everything the process wrote so far (stdout and stderr).</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static async Task<DotnetRun> RunAsync(string file, string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
    {
        using var child = Start(file, workingDirectory, arguments, environment);
        using var deadline = new CancellationTokenSource(timeout);
        var clock = Stopwatch.StartNew();
        try
        {
            await child._process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            child.Stop();
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within {timeout}; killed. Output so far:\n{child.Output}");
        }
        child._process.WaitForExit(); // drains the output events
        return new DotnetRun(child._process.ExitCode, child.Output, clock.Elapsed);
    }

    /// <summary>Starts a bash block in the background.</summary>
    public static ToolProcess StartShell(string script, string workingDirectory) =>
        Start("bash", workingDirectory, ["-euc", script], new Dictionary<string, string?>());

    /// <summary>Waits until the output satisfies <paramref name="done"/>; fails if the process ends first.</summary>
    public async Task<string> WaitForAsync(Func<string, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (done(Output)) return Output;
            if (_process.HasExited) throw new InvalidOperationException($"the process exited with {_process.ExitCode} first:\n{Output}");
            await Task.Delay(100);
        }
        throw new TimeoutException($"not ready within {timeout}:\n{Output}");
    }

    /// <summary>Ends the process and everything it started.</summary>
    public void Stop()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }

    /// <summary>Sends SIGINT (what Ctrl+C sends) and waits for the exit code.</summary>
    public async Task<int> InterruptAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var deadline = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(deadline.Token);
        _process.WaitForExit(); // drains the output events
        return _process.ExitCode;
    }

    /// <summary>Starts <paramref name="file"/> in the background.</summary>
    public static ToolProcess Start(string file, string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // As in DotnetCli: the parent `dotnet test` exports its MSBuild settings; a child build must start afresh,
        // leave no build servers behind, and the keys under test must come only from the environment given here.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                     || k is "COMETAPI_KEY" or "ACEDATA_TOKEN" or "SEEDANCE2INK_KEY").ToList())
        {
            start.Environment.Remove(key);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        foreach (var (key, value) in environment)
        {
            if (value is null) start.Environment.Remove(key);
            else start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var child = new ToolProcess(process);
        void Append(object? _, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (child._output) child._output.Append(e.Data).Append('\n');
        }
        process.OutputDataReceived += Append;
        process.ErrorDataReceived += Append;
        if (!process.Start()) throw new InvalidOperationException($"{file} could not be started");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }
}
