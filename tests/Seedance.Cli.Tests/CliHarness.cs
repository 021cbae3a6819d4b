using Seedance.Conformance.Cli;
using Seedance.Contracts.Catalog;
using Seedance.Emulator;
using Spectre.Console.Testing;

namespace Seedance.Cli.Tests;

/// <summary>What one run of the tool printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error, string Terminal)
{
    /// <summary>Everything the run wrote anywhere.</summary>
    public string All => Out + Error + Terminal;

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}--- stderr\n{Error}--- terminal\n{Terminal}";
}

/// <summary>Runs the tool in process with its own writers, a Spectre test console and an environment of the test's choosing.</summary>
internal static class CliHarness
{
    /// <summary>Runs <paramref name="args"/>. The terminal is non-interactive (output redirected) unless one is passed.</summary>
    public static async Task<CliResult> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null,
        TestConsole? terminal = null, CancellationToken cancellationToken = default)
    {
        terminal ??= new TestConsole();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(terminal, output, error, new ConformanceEnvironment(environment ?? Keys(SeedanceEmulatorOptions.DefaultApiKey)));
        var exit = await SeedanceCli.RunAsync([.. args], console, cancellationToken);
        return new CliResult(exit, output.ToString(), error.ToString(), terminal.Output);
    }

    /// <summary>The documented key variables, each set to <paramref name="key"/>.</summary>
    public static Dictionary<string, string?> Keys(string key) => new(StringComparer.Ordinal)
    {
        ["COMETAPI_KEY"] = key,
        ["ACEDATA_TOKEN"] = key,
        ["SEEDANCE2INK_KEY"] = key,
    };

    /// <summary>A model of <paramref name="provider"/> that renders from text alone.</summary>
    public static string TextModel(string provider) => ModelCatalog.For(provider).First(m => m.SupportsTextToVideo).Id;

    /// <summary>The options of a text-to-video request the provider accepts.</summary>
    public static string[] Request(string provider, string prompt = "A red fox in fresh snow") =>
        ["--provider", provider, "--model", TextModel(provider), "--prompt", prompt];

    public static TheoryData<string> Providers() => new(ProviderId.All);
}
