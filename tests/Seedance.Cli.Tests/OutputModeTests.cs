using Seedance.Contracts.Catalog;
using Spectre.Console.Testing;

namespace Seedance.Cli.Tests;

/// <summary>Progress is drawn only on an interactive terminal; redirected output gets one plain line per status change.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class OutputModeTests(EmulatorFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("seedance-cli-").FullName;

    [Fact]
    public async Task Redirected_output_gets_a_plain_line_per_status_and_no_progress_drawing()
    {
        var provider = ProviderId.CometApiVideos;
        var file = Path.Combine(_folder, "plain.mp4");

        var run = await CliHarness.RunAsync(["submit", .. CliHarness.Request(provider), .. fixture.BaseUrl(provider), .. EmulatorFixture.FastPolls, "--download", file]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Submitted ", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^\S+: Succeeded \(\S+\) 100%$", lines[^2]);
        Assert.StartsWith($"Saved {file} (", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.Equal("", run.Terminal);
    }

    [Fact]
    public async Task An_interactive_terminal_shows_the_status_percent_and_the_download_bar()
    {
        var provider = ProviderId.CometApiVideos;
        var file = Path.Combine(_folder, "bar.mp4");
        var terminal = new TestConsole().Interactive().EmitAnsiSequences().Width(160);

        var run = await CliHarness.RunAsync(["submit", .. CliHarness.Request(provider), .. fixture.BaseUrl(provider), .. EmulatorFixture.FastPolls, "--download", file], terminal: terminal);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(": Succeeded (", run.Terminal, StringComparison.Ordinal);
        Assert.Contains("100%", run.Terminal, StringComparison.Ordinal);
        Assert.Contains("bar.mp4", run.Terminal, StringComparison.Ordinal);
        Assert.True(run.Terminal.Contains("KiB", StringComparison.Ordinal), run.Terminal.Replace("\u001b", "ESC", StringComparison.Ordinal));
        // The status lines went to the bar, not to stdout.
        Assert.DoesNotContain(": Succeeded (", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_draws_no_progress_even_on_an_interactive_terminal()
    {
        var provider = ProviderId.Seedance2Ink;
        var terminal = new TestConsole().Interactive().EmitAnsiSequences();

        var run = await CliHarness.RunAsync(["submit", "--json", .. CliHarness.Request(provider), .. fixture.BaseUrl(provider), .. EmulatorFixture.FastPolls, "--wait"], terminal: terminal);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Terminal);
        Assert.Equal("Succeeded", (string?)System.Text.Json.Nodes.JsonNode.Parse(run.Out)!["state"]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
