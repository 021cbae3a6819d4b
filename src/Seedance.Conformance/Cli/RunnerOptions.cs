namespace Seedance.Conformance.Cli;

/// <summary>The parsed command line (see <see cref="Usage"/>).</summary>
public sealed class RunnerOptions
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        usage: Seedance.Conformance [options]
               Seedance.Conformance regenerate-recordings
               Seedance.Conformance drift DIR [--specs DIR] [--report FILE] [--strict]

        Runs every conformance scenario against the embedded replay host (default), prints a
        provider x scenario table and the coverage of the specs, and exits non-zero on any failure
        or missing coverage.

          --provider ID          only this provider (repeatable, or comma-separated)
          --scenario PATTERN     only scenarios matching a glob (*, ?) or a name prefix (repeatable)
          --report FILE          write a JSON report
          --junit FILE           write a JUnit XML report
          --list                 list the selected scenarios and exit
          --target URL           run against a running WireMock (admin API at URL/__admin) instead
          --live                 run against the real APIs; keys from COMETAPI_KEY (both CometAPI
                                 routes), ACEDATA_TOKEN, SEEDANCE2INK_KEY; free scenarios only
          --allow-spend          with --live: also run scenarios that create paid jobs
          --base-url ID=URL      with --live: send a provider's requests to URL (repeatable)
          --record DIR           with --live (implied): save the live responses, sanitized, as mappings
          --prism ID=URL         send each operation's success request to a Prism mock (repeatable)
                                 and fail on request violations
          --strict               drift (undeclared fields, unknown enum values, missing documented
                                 headers, undocumented statuses) fails the scenario
          --recordings DIR       the recordings root (default: the copy next to the binary)
          --specs DIR            the specs directory (default: the copy next to the binary)
        """;

    /// <summary>Provider filter (empty: all).</summary>
    public List<string> Providers { get; } = [];

    /// <summary>Scenario filters (empty: all).</summary>
    public List<string> Scenarios { get; } = [];

    /// <summary>JSON report path.</summary>
    public string? ReportFile { get; set; }

    /// <summary>JUnit report path.</summary>
    public string? JUnitFile { get; set; }

    /// <summary>List and exit.</summary>
    public bool List { get; set; }

    /// <summary>External WireMock.</summary>
    public Uri? Target { get; set; }

    /// <summary>Live mode.</summary>
    public bool Live { get; set; }

    /// <summary>Run paid scenarios live.</summary>
    public bool AllowSpend { get; set; }

    /// <summary>Live base URL overrides.</summary>
    public Dictionary<string, Uri> BaseUrls { get; } = new(StringComparer.Ordinal);

    /// <summary>Record mode output root.</summary>
    public string? RecordDirectory { get; set; }

    /// <summary>Prism servers per provider.</summary>
    public Dictionary<string, Uri> Prism { get; } = new(StringComparer.Ordinal);

    /// <summary>Drift fails the scenario.</summary>
    public bool Strict { get; set; }

    /// <summary>Recordings root override.</summary>
    public string? RecordingsDirectory { get; set; }

    /// <summary>Specs directory override.</summary>
    public string? SpecsDirectory { get; set; }

    /// <summary>Print usage.</summary>
    public bool Help { get; set; }

    /// <summary>Parses <paramref name="args"/>; throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static RunnerOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new RunnerOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : throw new ArgumentException($"{arg} needs a value");
            switch (arg)
            {
                case "--provider": options.Providers.AddRange(Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)); break;
                case "--scenario": options.Scenarios.Add(Value()); break;
                case "--report": options.ReportFile = Value(); break;
                case "--junit": options.JUnitFile = Value(); break;
                case "--list": options.List = true; break;
                case "--target": options.Target = AbsoluteUrl(arg, Value()); break;
                case "--live": options.Live = true; break;
                case "--allow-spend": options.AllowSpend = true; break;
                case "--base-url": AddPair(options.BaseUrls, arg, Value()); break;
                case "--record": options.RecordDirectory = Value(); options.Live = true; break;
                case "--prism": AddPair(options.Prism, arg, Value()); break;
                case "--strict": options.Strict = true; break;
                case "--recordings": options.RecordingsDirectory = Value(); break;
                case "--specs": options.SpecsDirectory = Value(); break;
                case "--help" or "-h": options.Help = true; break;
                default: throw new ArgumentException($"unknown argument {arg}");
            }
        }
        var modes = (options.Target is null ? 0 : 1) + (options.Live ? 1 : 0) + (options.Prism.Count > 0 ? 1 : 0);
        if (modes > 1) throw new ArgumentException("--target, --live/--record and --prism exclude each other");
        if (!options.Live && (options.AllowSpend || options.BaseUrls.Count > 0)) throw new ArgumentException("--allow-spend and --base-url need --live");
        return options;
    }

    private static void AddPair(Dictionary<string, Uri> map, string arg, string value)
    {
        var at = value.IndexOf('=', StringComparison.Ordinal);
        if (at <= 0) throw new ArgumentException($"{arg} takes PROVIDER=URL, got {value}");
        map[value[..at]] = AbsoluteUrl(arg, value[(at + 1)..]);
    }

    private static Uri AbsoluteUrl(string arg, string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new ArgumentException($"{arg}: {value} is not an http(s) URL");
}
