namespace Seedance.Testing;

/// <summary>The checkout the tests run from, found by walking up from the test binaries (linked from tests/Shared).</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Seedance.Contracts.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Seedance.Contracts.sln not found above " + AppContext.BaseDirectory);
    }
}
