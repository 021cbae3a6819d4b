using Seedance.Contracts.Catalog;
using Seedance.Emulator;

namespace Seedance.Cli.Tests;

/// <summary>Ctrl+C (the token Program.cs cancels) stops the waiting, never the job, and says how to resume.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class InterruptTests(EmulatorFixture fixture)
{
    [Fact]
    public async Task Ctrl_C_stops_waiting_prints_the_resume_command_exits_130_and_the_job_keeps_running()
    {
        var provider = ProviderId.Seedance2Ink;
        var url = fixture.Emulator.GetBaseUrl(provider).AbsoluteUri;
        var known = fixture.Emulator.GetJobs(provider).Select(j => j.Id).ToHashSet();
        using var interrupt = new CancellationTokenSource();

        var running = CliHarness.RunAsync(["submit", .. CliHarness.Request(provider, "A slow fox " + PromptMarkers.Slow), "--base-url", url, .. EmulatorFixture.FastPolls, "--wait"],
            cancellationToken: interrupt.Token);
        var job = await Eventually.GetAsync(() => fixture.Emulator.GetJobs(provider).FirstOrDefault(j => !known.Contains(j.Id) && j.Polls > 0), "the first poll");
        await interrupt.CancelAsync();
        var run = await running;

        Assert.True(run.ExitCode == 130, run.ToString());
        var resume = $"seedance wait {job.Id} --provider {provider} --base-url {url}";
        Assert.Contains(resume, run.Error, StringComparison.Ordinal);
        Assert.Contains("keeps running", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Cancelled", fixture.Emulator.GetJobs(provider).Single(j => j.Id == job.Id).Phase, StringComparison.Ordinal);

        // The printed command, run as printed, picks the same job up and sees it finish.
        var resumed = await CliHarness.RunAsync([.. resume.Split(' ')[1..], .. EmulatorFixture.FastPolls]);
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Contains($"{job.Id}: Succeeded", resumed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctrl_C_with_json_prints_the_resume_command_as_an_object()
    {
        var provider = ProviderId.CometApiVolc;
        var known = fixture.Emulator.GetJobs(provider).Select(j => j.Id).ToHashSet();
        using var interrupt = new CancellationTokenSource();

        var running = CliHarness.RunAsync(["submit", "--json", .. CliHarness.Request(provider, "A slow fox " + PromptMarkers.Slow), .. fixture.BaseUrl(provider), .. EmulatorFixture.FastPolls, "--download", "fox.mp4"],
            cancellationToken: interrupt.Token);
        var job = await Eventually.GetAsync(() => fixture.Emulator.GetJobs(provider).FirstOrDefault(j => !known.Contains(j.Id) && j.Polls > 0), "the first poll");
        await interrupt.CancelAsync();
        var run = await running;

        Assert.Equal(130, run.ExitCode);
        var result = System.Text.Json.Nodes.JsonNode.Parse(run.Out)!;
        Assert.True((bool)result["interrupted"]!);
        Assert.Equal(job.Id, (string?)result["id"]);
        Assert.Equal($"seedance wait {job.Id} --provider {provider} --base-url {fixture.Emulator.GetBaseUrl(provider).AbsoluteUri} --download fox.mp4", (string?)result["resume"]);
    }
}

/// <summary>The resume command names the target again in a form a POSIX shell reads back unchanged.</summary>
public sealed class ResumeCommandTests
{
    [Fact]
    public void Plain_values_stay_unquoted()
    {
        var target = new Commands.JobTarget("seedance2-ink", new Uri("http://127.0.0.1:7483/"), "MY_KEY", Json: false);

        Assert.Equal(" --provider seedance2-ink --base-url http://127.0.0.1:7483/ --key-env MY_KEY", target.CommandLineSuffix());
    }

    [Fact]
    public void A_base_url_with_shell_characters_is_single_quoted()
    {
        var target = new Commands.JobTarget("seedance2-ink", new Uri("https://proxy.example/seedance?tenant=a&region=eu"), null, Json: false);

        Assert.Equal(" --provider seedance2-ink --base-url 'https://proxy.example/seedance?tenant=a&region=eu'", target.CommandLineSuffix());
    }
}
