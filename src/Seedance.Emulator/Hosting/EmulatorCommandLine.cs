using System.Globalization;
using System.Runtime.InteropServices;

namespace Seedance.Emulator.Hosting;

/// <summary>
/// <c>dotnet run --project src/Seedance.Emulator [-- --port N] [--render-time SECONDS] [--key-env NAME]</c>:
/// starts every provider, prints one base URL per provider, and runs until Ctrl+C.
/// The <c>seedance emulator</c> command calls the same code.
/// </summary>
public static class EmulatorCommandLine
{
    /// <summary>Runs the emulator until <paramref name="cancellationToken"/> or Ctrl+C; returns the exit code (0, or 2 for a bad argument).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where the base URLs are printed.</param>
    /// <param name="error">Where argument errors are printed.</param>
    /// <param name="cancellationToken">Stops the emulator.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var options = new SeedanceEmulatorOptions { Port = SeedanceEmulatorOptions.DefaultCommandLinePort };
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--port": options.Port = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--host": options.Host = Next(); break;
                    case "--render-time": options.RenderTime = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)); options.QueueTime = options.RenderTime / 6; break;
                    case "--key-env":
                        var name = Next();
                        options.ApiKey = Environment.GetEnvironmentVariable(name) is { Length: > 0 } key ? key : throw new FormatException($"environment variable {name} is not set");
                        break;
                    case "-h" or "--help":
                        await output.WriteLineAsync(Help).ConfigureAwait(false);
                        return 0;
                    default: throw new FormatException($"unknown argument '{args[i]}'");
                }
            }
            catch (FormatException e)
            {
                await error.WriteLineAsync($"error: {e.Message}\n\n{Help}").ConfigureAwait(false);
                return 2;
            }
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Ctrl+C and SIGTERM (docker stop, a CI script's kill, `timeout`) both stop it cleanly.
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Cancel(); };
        Console.CancelKeyPress += onCancel;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });
        try
        {
            await using var emulator = await SeedanceEmulator.StartAsync(options, stop.Token).ConfigureAwait(false);
            foreach (var (provider, url) in emulator.BaseUrls)
                await output.WriteLineAsync($"{provider,-17} {url}").ConfigureAwait(false);
            await output.WriteLineAsync(options.ApiKey == SeedanceEmulatorOptions.DefaultApiKey
                ? $"Key: {SeedanceEmulatorOptions.DefaultApiKey} (the emulator's fixed key). Ctrl+C stops."
                : "Key: the value of the --key-env variable. Ctrl+C stops.").ConfigureAwait(false);
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            try { await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false); }
            catch (OperationCanceledException) { }
            return 0;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private const string Help = """
        Seedance emulator: a stateful, offline fake of the four provider APIs (docs/emulator.md).

        Options:
          --port N             first of four consecutive ports (default 7480; 0 = free ports)
          --host ADDRESS       address to listen on (default 127.0.0.1)
          --render-time SECS   submit-to-result time of a job (default 3)
          --key-env NAME       accept the key in this environment variable instead of sk-seedance-emulator
          -h, --help           this text
        """;
}
