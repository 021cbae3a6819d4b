using Seedance.Conformance.Cli;
using Seedance.Contracts.Catalog;
using Spectre.Console.Testing;

namespace Seedance.Cli.Tests;

/// <summary><c>conformance</c> and <c>emulator</c> are the runner's and the emulator's own command lines, run from the tool.</summary>
public sealed class DelegatedCommandTests
{
    [Fact]
    public async Task Conformance_runs_the_suite_from_the_copies_beside_the_tool()
    {
        var run = await CliHarness.RunAsync(["conformance", "--provider", ProviderId.Seedance2Ink], environment: new Dictionary<string, string?>());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"\d+ passed, 0 failed, 0 skipped", run.Out);
    }

    [Fact]
    public async Task Conformance_keeps_the_runners_usage_error_exit_code()
    {
        var run = await CliHarness.RunAsync(["conformance", "--no-such-option"]);

        Assert.Equal(ConformanceCli.UsageError, run.ExitCode);
        Assert.Contains("--no-such-option", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_serves_every_provider_until_interrupted()
    {
        var output = new StringWriter();
        var synchronized = TextWriter.Synchronized(output);
        var console = new CliConsole(new TestConsole(), synchronized, TextWriter.Null, new ConformanceEnvironment(new Dictionary<string, string?>()));
        using var interrupt = new CancellationTokenSource();

        var running = SeedanceCli.RunAsync(["emulator", "--port", "0", "--render-time", "1"], console, interrupt.Token);
        var printed = await Eventually.GetAsync(() => ProviderId.All.All(p => output.ToString().Contains(p, StringComparison.Ordinal)) ? output.ToString() : null, "the base URLs");
        using var http = new HttpClient();
        var line = printed.Split('\n').First(l => l.StartsWith(ProviderId.Seedance2Ink, StringComparison.Ordinal));
        var jobs = await http.GetAsync(new Uri(new Uri(line[ProviderId.Seedance2Ink.Length..].Trim()), "_emulator/jobs"));
        await interrupt.CancelAsync();

        Assert.True(jobs.IsSuccessStatusCode, $"{jobs.StatusCode} from the emulator's admin endpoint");
        Assert.Equal(0, await running);
    }

    [Fact]
    public async Task Emulator_on_a_taken_port_exits_3_saying_so()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var run = await CliHarness.RunAsync(["emulator", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"127.0.0.1:{port}", run.Error, StringComparison.Ordinal);
        Assert.Contains("already running", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_refuses_a_bad_argument_with_exit_2()
    {
        var run = await CliHarness.RunAsync(["emulator", "--render-time", "soon"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--render-time", run.Error + run.Out, StringComparison.Ordinal);
    }
}
