namespace Seedance.CrossGenerator.Tests;

/// <summary>The differences kept on purpose; docs/generator.md explains each (a test checks its table lists them all).</summary>
public static class KnownDifferences
{
    private const string AceCreate = "acedata-seedance/createVideo";

    /// <summary>Every known difference.</summary>
    public static readonly IReadOnlyList<KnownDifference> All =
    [
        // Kiota's model constructors assign every schema default, so its client sends these although the
        // example (the caller) never set them; ours sends only what was set.
        new(AceCreate, "*", "body $.ratio", WireDifference.Absent, "\"16:9\""),
        new(AceCreate, "*", "body $.generate_audio", WireDifference.Absent, "false"),
        new(AceCreate, "*", "body $.return_last_frame", WireDifference.Absent, "false"),
        new(AceCreate, "*", "body $.service_tier", WireDifference.Absent, "\"default\""),
        new(AceCreate, "*", "body $.execution_expires_after", WireDifference.Absent, "172800"),
        new(AceCreate, "*", "body $.priority", WireDifference.Absent, "0"),
    ];
}
