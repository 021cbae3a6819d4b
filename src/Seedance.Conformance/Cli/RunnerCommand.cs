using System.CommandLine;
using System.CommandLine.Parsing;
using Seedance.Conformance.Running;

namespace Seedance.Conformance.Cli;

/// <summary>
/// The main command: its options (spelling and meaning as in docs/conformance.md), the rules between
/// them, and how a parse becomes <see cref="RunnerOptions"/>. The run itself is <see cref="RunCommand"/>.
/// </summary>
internal sealed class RunnerCommand
{
    private readonly Option<string[]> _provider = new("--provider")
    {
        Description = "only this provider (repeatable, or comma-separated)", HelpName = "ID", Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string[]> _scenario = new("--scenario")
    {
        Description = "only scenarios matching a glob (*, ?) or a name prefix (repeatable)", HelpName = "PATTERN", Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _report = LastWins("--report", "FILE", "write a JSON report");

    private readonly Option<string> _junit = LastWins("--junit", "FILE", "write a JUnit XML report");

    private readonly Option<bool> _list = new("--list") { Description = "list the selected scenarios and exit" };

    private readonly Option<Uri> _target = new("--target")
    {
        Description = "run against a running WireMock (admin API at URL/__admin) instead", HelpName = "URL", Arity = ArgumentArity.OneOrMore,
        CustomParser = r => Url(r, "--target", r.Tokens[^1].Value),
    };

    private readonly Option<bool> _live = new("--live")
    {
        Description = "run against the real APIs; keys from COMETAPI_KEY (both CometAPI routes), ACEDATA_TOKEN, SEEDANCE2INK_KEY; free scenarios only",
    };

    private readonly Option<bool> _allowSpend = new("--allow-spend") { Description = "with --live: also run scenarios that create paid jobs" };

    private readonly Option<Dictionary<string, Uri>> _baseUrl = new("--base-url")
    {
        Description = "with --live: send a provider's requests to URL (repeatable)", HelpName = "ID=URL", Arity = ArgumentArity.OneOrMore,
        CustomParser = r => Pairs(r, "--base-url"),
    };

    private readonly Option<string> _record = LastWins("--record", "DIR", "with --live (implied): save the live responses, sanitized, as mappings");

    private readonly Option<Dictionary<string, Uri>> _prism = new("--prism")
    {
        Description = "send each operation's success request to a Prism mock (repeatable) and fail on request violations",
        HelpName = "ID=URL", Arity = ArgumentArity.OneOrMore, CustomParser = r => Pairs(r, "--prism"),
    };

    private readonly Option<bool> _strict = new("--strict")
    {
        Description = "drift (undeclared fields, unknown enum values, missing documented headers, undocumented statuses) fails the scenario",
    };

    private readonly Option<string> _recordings = LastWins("--recordings", "DIR", "the recordings root (default: the copy next to the binary)");

    private readonly Option<string> _specs = LastWins("--specs", "DIR", "the specs directory (default: the copy next to the binary)");

    /// <summary>The root command; its action runs the scenarios with the parsed options.</summary>
    public static RootCommand Create(TextWriter output, TextWriter error, ConformanceEnvironment environment, ConformanceHooks? hooks)
    {
        var symbols = new RunnerCommand();
        var root = new RootCommand(
            "Runs every conformance scenario against the embedded replay host (default), prints a provider x scenario " +
            "table and the coverage of the specs, and exits non-zero on any failure or missing coverage " +
            "(1: a failure or a gap, 2: bad arguments).");
        foreach (var option in new Option[]
        {
            symbols._provider, symbols._scenario, symbols._report, symbols._junit, symbols._list, symbols._target, symbols._live,
            symbols._allowSpend, symbols._baseUrl, symbols._record, symbols._prism, symbols._strict, symbols._recordings, symbols._specs,
        })
        {
            root.Options.Add(option);
        }
        root.Validators.Add(symbols.Validate);
        root.SetAction((parse, cancellationToken) => RunCommand.RunAsync(symbols.Read(parse), output, error, environment, hooks, cancellationToken));
        return root;
    }

    /// <summary>The options of a successful parse.</summary>
    public RunnerOptions Read(ParseResult parse)
    {
        var options = new RunnerOptions
        {
            ReportFile = parse.GetValue(_report),
            JUnitFile = parse.GetValue(_junit),
            List = parse.GetValue(_list),
            Target = parse.GetValue(_target),
            RecordDirectory = parse.GetValue(_record),
            Live = parse.GetValue(_live) || parse.GetValue(_record) is not null,
            AllowSpend = parse.GetValue(_allowSpend),
            Strict = parse.GetValue(_strict),
            RecordingsDirectory = parse.GetValue(_recordings),
            SpecsDirectory = parse.GetValue(_specs),
        };
        options.Providers.AddRange((parse.GetValue(_provider) ?? [])
            .SelectMany(p => p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        options.Scenarios.AddRange(parse.GetValue(_scenario) ?? []);
        foreach (var (provider, url) in parse.GetValue(_baseUrl) ?? []) options.BaseUrls[provider] = url;
        foreach (var (provider, url) in parse.GetValue(_prism) ?? []) options.Prism[provider] = url;
        return options;
    }

    // Reads only which options are present, not their values: a value that failed to parse has its own error.
    private void Validate(CommandResult result)
    {
        bool Has(Option option) => result.GetResult(option) is not null;
        var live = Has(_live) || Has(_record);
        var modes = (Has(_target) ? 1 : 0) + (live ? 1 : 0) + (Has(_prism) ? 1 : 0);
        if (modes > 1) result.AddError("--target, --live/--record and --prism exclude each other");
        if (!live && (Has(_allowSpend) || Has(_baseUrl))) result.AddError("--allow-spend and --base-url need --live");
    }

    /// <summary>
    /// A one-value option that may be given again, the last one winning, as with the hand-written parser this
    /// replaced (callers prepend defaults such as <c>--specs</c> and override them).
    /// </summary>
    internal static Option<string> LastWins(string name, string helpName, string description) => new(name)
    {
        Description = description, HelpName = helpName, Arity = ArgumentArity.OneOrMore, CustomParser = r => r.Tokens[^1].Value,
    };

    private static Dictionary<string, Uri> Pairs(ArgumentResult result, string option)
    {
        var map = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var token in result.Tokens)
        {
            var at = token.Value.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                result.AddError($"{option} takes PROVIDER=URL, got {token.Value}");
                continue;
            }
            if (Url(result, option, token.Value[(at + 1)..]) is { } url) map[token.Value[..at]] = url;
        }
        return map;
    }

    private static Uri? Url(ArgumentResult result, string option, string value)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") return uri;
        result.AddError($"{option}: {value} is not an http(s) URL");
        return null;
    }
}
