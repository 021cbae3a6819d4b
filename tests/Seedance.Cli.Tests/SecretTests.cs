using Seedance.Contracts.Catalog;
using Seedance.Emulator;

namespace Seedance.Cli.Tests;

/// <summary>A key is read from the environment and never printed: not on success, not in errors, not in --json.</summary>
public sealed class SecretTests : IAsyncLifetime, IDisposable
{
    private const string Key = "sk-cli-test-5f1e9a7c2b";
    private SeedanceEmulator? _emulator;
    private readonly string _folder = Directory.CreateTempSubdirectory("seedance-cli-").FullName;

    public async Task InitializeAsync() => _emulator = await SeedanceEmulator.StartAsync(new SeedanceEmulatorOptions
    {
        ApiKey = Key, RenderTime = TimeSpan.FromSeconds(0.5), QueueTime = TimeSpan.FromSeconds(0.1),
    });

    [Theory]
    [MemberData(nameof(CliHarness.Providers), MemberType = typeof(CliHarness))]
    public async Task The_key_is_in_no_output_of_a_job_that_succeeds(string provider)
    {
        var file = Path.Combine(_folder, provider + ".mp4");
        string[] args = ["submit", .. CliHarness.Request(provider), "--base-url", _emulator!.GetBaseUrl(provider).AbsoluteUri, "--poll-interval", "0.1", "--download", file];

        var plain = await CliHarness.RunAsync(args, CliHarness.Keys(Key));
        var json = await CliHarness.RunAsync([.. args, "--json"], CliHarness.Keys(Key));

        Assert.True(plain.ExitCode == 0 && json.ExitCode == 0, plain + "\n" + json);
        Assert.DoesNotContain(Key, plain.All, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, json.All, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CliHarness.Providers), MemberType = typeof(CliHarness))]
    public async Task A_refused_key_is_in_no_error_output(string provider)
    {
        const string wrong = "sk-wrong-key-77aa31d0e4";
        string[] args = ["submit", .. CliHarness.Request(provider), "--base-url", _emulator!.GetBaseUrl(provider).AbsoluteUri, "--key-env", "MY_KEY"];
        var environment = new Dictionary<string, string?> { ["MY_KEY"] = wrong };

        var plain = await CliHarness.RunAsync(args, environment);
        var json = await CliHarness.RunAsync([.. args, "--json"], environment);

        Assert.Equal(3, plain.ExitCode);
        Assert.Equal(3, json.ExitCode);
        Assert.DoesNotContain(wrong, plain.All, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, json.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_with_whitespace_is_refused_without_showing_it()
    {
        var run = await CliHarness.RunAsync(["status", "job-1", "-p", ProviderId.Seedance2Ink], CliHarness.Keys("sk-has a-space-1234"));

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("SEEDANCE2INK_KEY", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("a-space", run.All, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        if (_emulator is not null) await _emulator.DisposeAsync();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
