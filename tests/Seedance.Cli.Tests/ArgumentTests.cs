using Seedance.Contracts.Catalog;

namespace Seedance.Cli.Tests;

public sealed class ArgumentTests
{
    [Fact]
    public async Task An_unknown_provider_is_a_usage_error_with_exit_2()
    {
        var run = await CliHarness.RunAsync(["status", "job-1", "--provider", "openai"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("openai", run.Error, StringComparison.Ordinal);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_option_is_a_usage_error_with_exit_2()
    {
        var run = await CliHarness.RunAsync(["submit", "--provider", ProviderId.Seedance2Ink, "--prompt", "fox"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--model", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_key_exits_4_naming_the_variable()
    {
        var run = await CliHarness.RunAsync(["status", "job-1", "--provider", ProviderId.AceDataSeedance], environment: new Dictionary<string, string?>());

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("ACEDATA_TOKEN", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_env_names_the_variable_the_key_is_read_from()
    {
        var run = await CliHarness.RunAsync(["status", "job-1", "--provider", ProviderId.CometApiVolc, "--key-env", "MY_COMET_KEY"],
            environment: CliHarness.Keys("sk-unused"));

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("MY_COMET_KEY", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_id_that_cannot_be_one_is_refused_with_exit_2()
    {
        var run = await CliHarness.RunAsync(["status", "../admin", "--provider", ProviderId.Seedance2Ink, "--base-url", "http://127.0.0.1:9/"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("../admin", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_every_command()
    {
        var run = await CliHarness.RunAsync(["--help"]);

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "submit", "status", "wait", "download", "cancel", "models", "validate", "conformance", "emulator" })
        {
            Assert.Contains("  " + command, run.Out, StringComparison.Ordinal);
        }
    }
}
