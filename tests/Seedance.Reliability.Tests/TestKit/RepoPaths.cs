using System.Reflection;

namespace Seedance.Reliability.Tests.TestKit;

/// <summary>Where the repository is (stamped into the assembly by the project file).</summary>
internal static class RepoPaths
{
    /// <summary>The repository root (holds specs/ and docs/).</summary>
    public static string Root { get; } =
        typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    /// <summary>docs/reliability.md.</summary>
    public static string ReliabilityDoc => Path.Combine(Root, "docs", "reliability.md");
}
