using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Seedance.Contracts.Catalog;
using Seedance.Emulator;
using Xunit.Abstractions;

namespace Seedance.Packaging.Tests;

/// <summary>
/// The packed <c>seedance</c> tool as a user gets it: installed with <c>dotnet tool install</c> from the packed
/// feed (offline), run against an emulator in this process, and the README's offline walk-through run as written.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed partial class CliToolTests(PackagesFixture packages, ITestOutputHelper output)
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan WalkthroughTimeout = TimeSpan.FromMinutes(12);
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static string? s_toolPath;

    public static TheoryData<string> Providers() => new(ProviderId.All);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Packed_tool_submits_waits_and_downloads_the_emulators_video(string provider)
    {
        var seedance = await InstallAsync();
        await using var emulator = await SeedanceEmulator.StartAsync(new SeedanceEmulatorOptions { RenderTime = TimeSpan.FromSeconds(1), QueueTime = TimeSpan.FromSeconds(0.2) });
        var file = Path.Combine(packages.Root, $"cli-{provider}.mp4");
        var model = ModelCatalog.For(provider).First(m => m.SupportsTextToVideo).Id;

        var run = await ToolProcess.RunAsync(seedance, packages.Root,
            ["submit", "--provider", provider, "--model", model, "--prompt", "A red fox in fresh snow", "--base-url", emulator.GetBaseUrl(provider).AbsoluteUri,
             "--poll-interval", "0.2", "--wait", "--download", file],
            KeyEnvironment(SeedanceEmulatorOptions.DefaultApiKey), RunTimeout);
        output.WriteLine(run.Output);

        Assert.True(run.ExitCode == 0, $"seedance exited {run.ExitCode}:\n{run.Output}");
        Assert.Equal(SampleVideo.Content.ToArray(), await File.ReadAllBytesAsync(file));
        Assert.DoesNotContain(SeedanceEmulatorOptions.DefaultApiKey, run.Output, StringComparison.Ordinal);
    }

    /// <summary>Program.cs's Ctrl+C wiring, in the real process: SIGINT stops the wait, not the job, and prints how to resume.</summary>
    [Fact]
    public async Task Packed_tool_on_Ctrl_C_stops_waiting_prints_the_resume_command_and_exits_130()
    {
        if (OperatingSystem.IsWindows()) return; // SIGINT is sent with kill(1)
        var seedance = await InstallAsync();
        await using var emulator = await SeedanceEmulator.StartAsync(new SeedanceEmulatorOptions { RenderTime = TimeSpan.FromSeconds(30) });
        var provider = ProviderId.Seedance2Ink;
        var url = emulator.GetBaseUrl(provider).AbsoluteUri;

        using var tool = ToolProcess.Start(seedance, packages.Root,
            ["submit", "--provider", provider, "--model", "seedance-2.0", "--prompt", "A red fox in fresh snow", "--base-url", url, "--poll-interval", "0.2", "--wait"],
            KeyEnvironment(SeedanceEmulatorOptions.DefaultApiKey));
        await tool.WaitForAsync(text => emulator.GetJobs(provider) is [{ Polls: > 0 }], RunTimeout);
        var exit = await tool.InterruptAsync(RunTimeout);
        output.WriteLine(tool.Output);

        var job = Assert.Single(emulator.GetJobs(provider));
        Assert.Equal(130, exit);
        Assert.Contains($"seedance wait {job.Id} --provider {provider} --base-url {url}", tool.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(job.Phase, new[] { "Cancelled", "Failed", "Expired" });
    }

    [Fact]
    public async Task Packed_tool_runs_the_conformance_suite_from_the_recordings_it_carries()
    {
        var seedance = await InstallAsync();

        var run = await ToolProcess.RunAsync(seedance, packages.Root, ["conformance"], new Dictionary<string, string?>(), RunTimeout);
        output.WriteLine(run.Output);

        Assert.True(run.ExitCode == 0, $"seedance conformance exited {run.ExitCode}:\n{run.Output}");
        Assert.Matches(@"\d+ passed, 0 failed, 0 skipped", run.Output);
    }

    /// <summary>
    /// The README's two blocks, run as written in a copy of the repo: the first (the emulator) in the background,
    /// the second once the emulator printed its URLs. Only the ports are changed, to four free ones.
    /// </summary>
    [Fact]
    public async Task Readme_offline_walkthrough_runs_as_written()
    {
        var blocks = ReadmeSection.Load("offline-walkthrough").FencedBlocks().Where(b => b.Info == "bash").Select(b => string.Join('\n', b.Lines)).ToList();
        Assert.Equal(2, blocks.Count);
        var port = FreePortRun(4);
        string Ports(string text) => DefaultPort().Replace(text, m => (port + (m.Groups[1].Value[0] - '0')).ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var sandbox = RepoSandbox.Create(RepoRoot.Path, "seedance-readme-",
            ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json"],
            ["specs", "tools/Seedance.CodeGen", "tools/Seedance.Generator", "src", "docs/packages"]);

        using var emulator = ToolProcess.StartShell(Ports(blocks[0]), sandbox.Root);
        try
        {
            var urls = await emulator.WaitForAsync(text => ProviderId.All.All(p => text.Contains(p + " ", StringComparison.Ordinal)), WalkthroughTimeout);
            output.WriteLine(urls);
            var run = await ToolProcess.RunAsync("bash", sandbox.Root, ["-euc", Ports(blocks[1])], new Dictionary<string, string?>(), WalkthroughTimeout);
            output.WriteLine(run.Output);

            Assert.True(run.ExitCode == 0, $"the second block exited {run.ExitCode}:\n{run.Output}\nemulator:\n{emulator.Output}");
            var file = DownloadOption().Match(blocks[1]).Groups[1].Value;
            Assert.Equal(SampleVideo.Content.ToArray(), await File.ReadAllBytesAsync(Path.Combine(sandbox.Root, file)));
        }
        finally
        {
            emulator.Stop();
        }
    }

    /// <summary>Installs the packed tool once for the class, from the feed alone.</summary>
    private async Task<string> InstallAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (s_toolPath is not null) return s_toolPath;
            var version = Nuspec.Read(packages.PackagePath("Seedance.Cli")).Version;
            var toolPath = Path.Combine(packages.Root, "tool");
            var config = Path.Combine(packages.Root, "tool-nuget.config");
            await File.WriteAllTextAsync(config, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="seedance-feed" value="{packages.Feed}" />
                  </packageSources>
                </configuration>
                """);
            var install = await DotnetCli.RunAsync(packages.Root,
                ["tool", "install", "Seedance.Cli", "--version", version, "--tool-path", toolPath, "--configfile", config], InstallTimeout);
            output.WriteLine(install.Output);
            Assert.True(install.ExitCode == 0, $"dotnet tool install failed:\n{install.Output}");
            var seedance = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "seedance.exe" : "seedance");
            Assert.True(File.Exists(seedance), $"the tool's command {seedance} was not installed");
            return s_toolPath = seedance;
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static Dictionary<string, string?> KeyEnvironment(string key) => new()
    {
        ["COMETAPI_KEY"] = key, ["ACEDATA_TOKEN"] = key, ["SEEDANCE2INK_KEY"] = key,
    };

    /// <summary>The first of <paramref name="count"/> consecutive ports that are free now.</summary>
    private static int FreePortRun(int count)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var first = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            if (first + count > 65535) continue;
            var listeners = new List<TcpListener>();
            try
            {
                for (var i = 0; i < count; i++)
                {
                    var listener = new TcpListener(IPAddress.Loopback, first + i);
                    listener.Start();
                    listeners.Add(listener);
                }
                return first;
            }
            catch (SocketException)
            {
                // taken: try another run
            }
            finally
            {
                foreach (var listener in listeners) listener.Stop();
            }
        }
        throw new InvalidOperationException($"no {count} consecutive free ports found");
    }

    [GeneratedRegex(@"\b748([0-3])\b")]
    private static partial Regex DefaultPort();

    [GeneratedRegex(@"--download (\S+)")]
    private static partial Regex DownloadOption();
}

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
