namespace Seedance.Conformance;

/// <summary>Where the runner finds the specs and the recordings.</summary>
/// <param name="SpecsDirectory">The directory holding <c>&lt;provider&gt;.yaml</c>.</param>
/// <param name="RecordingsDirectory">The WireMock root: <c>mappings/</c> and <c>__files/</c>.</param>
public sealed record ConformancePaths(string SpecsDirectory, string RecordingsDirectory)
{
    /// <summary>The copies next to the runner binary (the build puts them there).</summary>
    public static ConformancePaths BesideBinary() =>
        new(Path.Combine(AppContext.BaseDirectory, "specs"), Path.Combine(AppContext.BaseDirectory, "Recordings"));

    /// <summary>
    /// The source tree (<c>specs/</c> and <c>src/Seedance.Conformance/Recordings</c>), found by walking
    /// up from <paramref name="start"/> (default: the current directory, then the binary's) to the
    /// directory that holds <c>Seedance.Contracts.sln</c>. Null when there is none.
    /// </summary>
    public static ConformancePaths? SourceTree(string? start = null)
    {
        foreach (var origin in new[] { start ?? Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Seedance.Contracts.sln")))
                {
                    return new ConformancePaths(Path.Combine(dir.FullName, "specs"),
                        Path.Combine(dir.FullName, "src", "Seedance.Conformance", "Recordings"));
                }
            }
        }
        return null;
    }

    /// <summary>The mapping files directory.</summary>
    public string MappingsDirectory => Path.Combine(RecordingsDirectory, "mappings");

    /// <summary>The body files directory.</summary>
    public string FilesDirectory => Path.Combine(RecordingsDirectory, "__files");

    /// <summary>The coverage skip list.</summary>
    public string CoverageSkipsFile => Path.Combine(RecordingsDirectory, "coverage-skips.json");
}
