using System.Net;
using System.Net.Sockets;
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
        var port = FreePorts.Run(4);
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

    [GeneratedRegex(@"\b748([0-3])\b")]
    private static partial Regex DefaultPort();

    [GeneratedRegex(@"--download (\S+)")]
    private static partial Regex DownloadOption();
}
