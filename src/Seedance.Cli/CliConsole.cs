using Seedance.Conformance.Cli;
using Spectre.Console;

namespace Seedance.Cli;

/// <summary>
/// Where the tool writes and what it reads: plain lines go to <see cref="Out"/> and <see cref="Error"/>;
/// progress bars are drawn on <see cref="Terminal"/>, and only when it is an interactive terminal. Tests pass a
/// Spectre <c>TestConsole</c>, string writers and their own environment.
/// </summary>
internal sealed class CliConsole(IAnsiConsole terminal, TextWriter output, TextWriter error, ConformanceEnvironment environment)
{
    /// <summary>The console progress is drawn on.</summary>
    public IAnsiConsole Terminal { get; } = terminal;

    /// <summary>Results: lines for people, or one JSON object per result with <c>--json</c>.</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Errors and hints.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Where keys are read from (the documented variables, or the <c>--key-env</c> one).</summary>
    public ConformanceEnvironment Environment { get; } = environment;

    /// <summary>True when progress can be drawn in place; otherwise (output redirected) each change is a plain line.</summary>
    public bool ShowsProgress => Terminal.Profile.Capabilities.Interactive && Terminal.Profile.Capabilities.Ansi;

    /// <summary>The process's console. Spectre's own detection looks at stdin too; what matters here is whether stdout is a terminal.</summary>
    public static CliConsole FromProcess()
    {
        var redirected = Console.IsOutputRedirected;
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
        });
        return new CliConsole(terminal, Console.Out, Console.Error, ConformanceEnvironment.FromProcess());
    }
}
