using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Seedance.Contracts.Catalog;
using Seedance.Emulator;

namespace Seedance.Cli.Tests;

/// <summary>submit, status, wait, download and cancel against the emulator on loopback HTTP.</summary>
[Collection(EmulatorCollection.Name)]
public sealed partial class JobCommandTests(EmulatorFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("seedance-cli-").FullName;

    [Theory]
    [MemberData(nameof(CliHarness.Providers), MemberType = typeof(CliHarness))]
    public async Task Submit_wait_download_saves_the_emulators_video(string provider)
    {
        var file = Path.Combine(_folder, provider + ".mp4");

        var run = await CliHarness.RunAsync(["submit", .. CliHarness.Request(provider), .. fixture.BaseUrl(provider), .. EmulatorFixture.FastPolls, "--wait", "--download", file]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(SampleVideo.Content.ToArray(), await File.ReadAllBytesAsync(file));
        Assert.Contains($"Saved {file} ({SampleVideo.Content.Length} bytes", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_without_wait_prints_the_id_and_the_command_that_waits_for_it()
    {
        var provider = ProviderId.CometApiVolc;
        var url = fixture.Emulator.GetBaseUrl(provider).AbsoluteUri;

        var run = await CliHarness.RunAsync(["submit", .. CliHarness.Request(provider), "--base-url", url]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var id = SubmittedId().Match(run.Out).Groups[1].Value;
        Assert.Contains(fixture.Emulator.GetJobs(provider), j => j.Id == id);
        Assert.Contains($"Wait for it: seedance wait {id} --provider {provider} --base-url {url}", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_wait_and_download_work_on_a_saved_id()
    {
        var provider = ProviderId.Seedance2Ink;
        var id = await SubmitAsync(provider);
        var file = Path.Combine(_folder, "later.mp4");

        var status = await CliHarness.RunAsync(["status", id, "-p", provider, .. fixture.BaseUrl(provider)]);
        var wait = await CliHarness.RunAsync(["wait", id, "-p", provider, .. fixture.BaseUrl(provider), .. EmulatorFixture.FastPolls]);
        var download = await CliHarness.RunAsync(["download", id, file, "-p", provider, .. fixture.BaseUrl(provider)]);

        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.StartsWith(id + ": ", status.Out, StringComparison.Ordinal);
        Assert.True(wait.ExitCode == 0, wait.ToString());
        Assert.Contains($"{id}: Succeeded", wait.Out, StringComparison.Ordinal);
        Assert.Contains($"Download it: seedance download {id} FILE --provider {provider}", wait.Out, StringComparison.Ordinal);
        Assert.True(download.ExitCode == 0, download.ToString());
        Assert.Equal(SampleVideo.Content.ToArray(), await File.ReadAllBytesAsync(file));
    }

    [Theory]
    [InlineData(PromptMarkers.Fail, "Failed")]
    [InlineData(PromptMarkers.Expire, "Expired")]
    public async Task A_job_that_ends_without_a_video_exits_1_with_its_final_status(string marker, string state)
    {
        var provider = ProviderId.AceDataSeedance;

        var run = await CliHarness.RunAsync(["submit", .. CliHarness.Request(provider, "A fox " + marker), .. fixture.BaseUrl(provider), .. EmulatorFixture.FastPolls, "--wait"]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"ended {state}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_on_seedance2_ink_cancels_the_job()
    {
        var provider = ProviderId.Seedance2Ink;
        var id = await SubmitAsync(provider, "A slow fox " + PromptMarkers.Slow);

        var run = await CliHarness.RunAsync(["cancel", id, "-p", provider, .. fixture.BaseUrl(provider)]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"{id}: Cancelled", run.Out, StringComparison.Ordinal);
        Assert.Equal("Cancelled", fixture.Emulator.GetJobs(provider).Single(j => j.Id == id).Phase);
    }

    [Theory]
    [InlineData(ProviderId.CometApiVideos)]
    [InlineData(ProviderId.CometApiVolc)]
    [InlineData(ProviderId.AceDataSeedance)]
    public async Task Cancel_where_the_provider_has_no_cancel_call_exits_5_and_sends_nothing(string provider)
    {
        var id = await SubmitAsync(provider, "A slow fox " + PromptMarkers.Slow);
        var polls = fixture.Emulator.GetJobs(provider).Single(j => j.Id == id).Polls;

        var run = await CliHarness.RunAsync(["cancel", id, "-p", provider, .. fixture.BaseUrl(provider)]);

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("does not support cancel", run.Error, StringComparison.Ordinal);
        Assert.Contains(ProviderId.Seedance2Ink, run.Error, StringComparison.Ordinal);
        var job = fixture.Emulator.GetJobs(provider).Single(j => j.Id == id);
        Assert.NotEqual("Cancelled", job.Phase);
        Assert.Equal(polls, job.Polls);
    }

    [Fact]
    public async Task Json_submit_wait_download_prints_one_object_for_the_download()
    {
        var provider = ProviderId.CometApiVideos;
        var file = Path.Combine(_folder, "json.mp4");

        var run = await CliHarness.RunAsync(["submit", "--json", .. CliHarness.Request(provider), .. fixture.BaseUrl(provider), .. EmulatorFixture.FastPolls, "--download", file]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var line = Assert.Single(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var result = JsonNode.Parse(line)!;
        Assert.Equal(provider, (string?)result["provider"]);
        Assert.Contains(fixture.Emulator.GetJobs(provider), j => j.Id == (string?)result["id"]);
        Assert.Equal(Path.GetFullPath(file), (string?)result["file"]);
        Assert.Equal(SampleVideo.Content.Length, (long)result["bytes"]!);
        Assert.Equal("", run.Error);
        Assert.Equal("", run.Terminal);
    }

    [Fact]
    public async Task Json_status_has_the_documented_fields()
    {
        var provider = ProviderId.CometApiVolc;
        var id = await SubmitAsync(provider);

        var run = await CliHarness.RunAsync(["status", id, "--json", "-p", provider, .. fixture.BaseUrl(provider)]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var status = JsonNode.Parse(run.Out)!.AsObject();
        Assert.Equal(["provider", "id", "state", "status", "progress", "videoUrl", "error", "creditsCharged", "requestId"], status.Select(p => p.Key));
        Assert.Equal(id, (string?)status["id"]);
    }

    [Fact]
    public async Task Json_failure_is_an_error_object_with_the_exit_code_and_the_final_status()
    {
        var provider = ProviderId.CometApiVolc;

        var run = await CliHarness.RunAsync(["submit", "--json", .. CliHarness.Request(provider, "A fox " + PromptMarkers.Fail), .. fixture.BaseUrl(provider), .. EmulatorFixture.FastPolls, "--wait"]);

        Assert.Equal(1, run.ExitCode);
        var result = JsonNode.Parse(run.Out)!;
        Assert.Equal(1, (int)result["exitCode"]!);
        Assert.Equal("jobFailed", (string?)result["error"]!["category"]);
        Assert.Equal("Failed", (string?)result["job"]!["state"]);
    }

    [Fact]
    public async Task A_wrong_key_exits_3_with_the_providers_status()
    {
        var provider = ProviderId.Seedance2Ink;

        var run = await CliHarness.RunAsync(["submit", .. CliHarness.Request(provider), .. fixture.BaseUrl(provider)], environment: CliHarness.Keys("sk-not-the-emulators-key"));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("HTTP 401", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wait_past_its_timeout_exits_6_and_the_job_keeps_running()
    {
        var provider = ProviderId.AceDataSeedance;
        var id = await SubmitAsync(provider, "A slow fox " + PromptMarkers.Slow);

        var run = await CliHarness.RunAsync(["wait", id, "-p", provider, .. fixture.BaseUrl(provider), .. EmulatorFixture.FastPolls, "--timeout", "0.3"]);

        Assert.True(run.ExitCode == 6, run.ToString());
        Assert.Contains(id, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Emulator.GetJobs(provider).Single(j => j.Id == id).Phase, new[] { "Cancelled", "Failed", "Expired" });
    }

    [Fact]
    public async Task An_unknown_job_exits_3_with_the_providers_answer()
    {
        var provider = ProviderId.Seedance2Ink;

        var run = await CliHarness.RunAsync(["status", "no-such-job", "-p", provider, .. fixture.BaseUrl(provider)]);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Matches(@"HTTP 40\d", run.Error);
    }

    private async Task<string> SubmitAsync(string provider, string prompt = "A red fox in fresh snow")
    {
        var run = await CliHarness.RunAsync(["submit", "--json", .. CliHarness.Request(provider, prompt), .. fixture.BaseUrl(provider)]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return (string)JsonNode.Parse(run.Out)!["id"]!;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex(@"^Submitted (\S+) to ", RegexOptions.Multiline)]
    private static partial Regex SubmittedId();
}
