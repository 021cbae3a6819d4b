namespace Seedance.CrossGenerator.Tests;

/// <summary>The differences kept on purpose; docs/generator.md explains each (a test checks its table lists them all).</summary>
public static class KnownDifferences
{
    /// <summary>
    /// Kiota's model constructors assign every schema <c>default</c>, so its client sends them although
    /// the caller (here: the documented example) never set them. Ours sends only what was set.
    /// </summary>
    private const string AceCreate = "acedata-seedance/createVideo";

    /// <summary>Every known difference.</summary>
    public static readonly IReadOnlyList<KnownDifference> All =
    [
        new(AceCreate, "*", "body $.ratio", WireDifference.Absent, "\"16:9\""),
        new(AceCreate, "*", "body $.generate_audio", WireDifference.Absent, "false"),
        new(AceCreate, "*", "body $.return_last_frame", WireDifference.Absent, "false"),
        new(AceCreate, "*", "body $.service_tier", WireDifference.Absent, "\"default\""),
        new(AceCreate, "*", "body $.execution_expires_after", WireDifference.Absent, "172800"),
        new(AceCreate, "*", "body $.priority", WireDifference.Absent, "0"),
    ];
}
