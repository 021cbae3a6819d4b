using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Seedance.Contracts.Catalog;

namespace Seedance.Emulator.Tests.Engine;

/// <summary>How the emulator starts, in process and from the command line, and its admin endpoint.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Each_provider_gets_its_own_loopback_listener()
    {
        await using var emulator = await SeedanceEmulator.StartAsync();

        Assert.Equal(ProviderId.All, emulator.BaseUrls.Keys);
        Assert.Equal(4, emulator.BaseUrls.Values.Select(u => u.Port).Distinct().Count());
        Assert.All(emulator.BaseUrls.Values, u => Assert.Equal("127.0.0.1", u.Host));
    }

    [Fact]
    public async Task A_fixed_port_gives_consecutive_ports_in_provider_order()
    {
        var first = FreePorts.Run(4);

        await using var emulator = await SeedanceEmulator.StartAsync(new SeedanceEmulatorOptions { Port = first });

        Assert.Equal(ProviderId.All.Select((_, i) => first + i), emulator.BaseUrls.Values.Select(u => u.Port));
    }

    [Fact]
    public async Task The_admin_endpoint_queues_the_outcome_of_that_providers_next_job()
    {
        await using var emulator = await SeedanceEmulator.StartAsync();
        using var http = new HttpClient();

        using var response = await http.PostAsJsonAsync(new Uri(emulator.GetBaseUrl(ProviderId.AceDataSeedance), "_emulator/outcomes"), new { outcome = "moderation", count = 2 });
        response.EnsureSuccessStatusCode();

        var elsewhere = emulator.State.Submit(ProviderId.Seedance2Ink, "x", "m", "p", null, []);
        var jobs = Enumerable.Range(0, 3).Select(i => emulator.State.Submit(ProviderId.AceDataSeedance, $"a{i}", "m", "p", null, [])).ToList();
        Assert.Equal(EmulatedOutcome.Succeed, elsewhere.Outcome);
        Assert.Equal([EmulatedOutcome.Moderation, EmulatedOutcome.Moderation, EmulatedOutcome.Succeed], jobs.Select(j => j.Outcome));
    }

    [Fact]
    public async Task The_admin_endpoint_names_the_outcomes_when_given_an_unknown_one()
    {
        await using var emulator = await SeedanceEmulator.StartAsync();
        using var http = new HttpClient();

        using var response = await http.PostAsJsonAsync(new Uri(emulator.GetBaseUrl(ProviderId.Seedance2Ink), "_emulator/outcomes"), new { outcome = "explode" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Succeed, Fail, Moderation, Expire, Slow", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 3, 0.5, "Port -1")]
    [InlineData(0, 1, 2, "QueueTime")]
    public async Task Bad_options_are_refused_naming_the_option(int port, double render, double queue, string named)
    {
        var options = new SeedanceEmulatorOptions { Port = port, RenderTime = TimeSpan.FromSeconds(render), QueueTime = TimeSpan.FromSeconds(queue) };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => SeedanceEmulator.StartAsync(options));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnqueueOutcome_refuses_a_provider_the_emulator_does_not_serve()
    {
        var options = new SeedanceEmulatorOptions();
        options.Providers.Remove(ProviderId.CometApiVolc);
        await using var emulator = await SeedanceEmulator.StartAsync(options);

        var error = Assert.Throws<ArgumentException>(() => emulator.EnqueueOutcome(ProviderId.CometApiVolc, EmulatedOutcome.Fail));

        Assert.Contains("does not serve 'cometapi-volc'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_line_prints_one_base_url_per_provider_and_stops_on_cancel()
    {
        var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var first = FreePorts.Run(4);

        var run = Hosting.EmulatorCommandLine.RunAsync(["--port", first.ToString(System.Globalization.CultureInfo.InvariantCulture)], new SyncWriter(output, stop), TextWriter.Null, stop.Token);
        var exit = await run.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ProviderId.All.Select((p, i) => $"{p,-17} http://127.0.0.1:{first + i}/"), lines.Take(4).Select(l => l.TrimEnd('\r')));
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--port")]
    public async Task The_command_line_exits_2_on_a_bad_argument(string argument)
    {
        var error = new StringWriter();

        var exit = await Hosting.EmulatorCommandLine.RunAsync([argument], TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("Options:", error.ToString(), StringComparison.Ordinal);
    }

    // Stops the command once it has printed its "Ctrl+C stops" line, so the test needs no timing.
    private sealed class SyncWriter(StringWriter inner, CancellationTokenSource stop) : TextWriter
    {
        public override System.Text.Encoding Encoding => inner.Encoding;

        public override Task WriteLineAsync(string? value)
        {
            inner.WriteLine(value);
            if (value?.Contains("Ctrl+C stops", StringComparison.Ordinal) == true) stop.Cancel();
            return Task.CompletedTask;
        }
    }
}
