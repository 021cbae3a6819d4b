namespace Seedance.Conformance.Cli;

/// <summary>What the main command was asked to do (read from the command line by <see cref="RunnerCommand"/>).</summary>
public sealed class RunnerOptions
{
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
}
