using Seedance.Conformance;

namespace Seedance.Benchmarks;

/// <summary>
/// The documented response bodies, read from the conformance recordings (which the recordings
/// generator writes from the specs' named examples). Benchmarks never hand-type a provider body:
/// a hand-typed copy drifts from the spec, and then the numbers describe a body nobody sends.
/// </summary>
internal static class Recordings
{
    /// <summary>Reads <c>Recordings/__files/&lt;relativePath&gt;</c>.</summary>
    /// <remarks>
    /// The source tree is preferred (found by walking up to Seedance.Contracts.sln, so a run always sees
    /// the current recordings); the copies the build puts beside the binary are the fallback for a
    /// benchmark binary run from elsewhere.
    /// </remarks>
    public static byte[] ReadBody(string relativePath)
    {
        foreach (var paths in new[] { ConformancePaths.SourceTree(), ConformancePaths.BesideBinary() })
        {
            if (paths is null) continue;
            var file = Path.Combine(paths.FilesDirectory, relativePath);
            if (File.Exists(file)) return File.ReadAllBytes(file);
        }

        throw new FileNotFoundException($"Recording body '{relativePath}' not found in the source tree or beside the binary.", relativePath);
    }

    /// <summary>Seedance2.ink's documented <c>createGeneration</c> 200 body (a queued job, credits charged).</summary>
    public const string InkCreated = "seedance2-ink/createGeneration/200-success.json";

    /// <summary>Seedance2.ink's documented <c>getGeneration</c> 200 body for a succeeded job.</summary>
    public const string InkSucceeded = "seedance2-ink/getGeneration/200-succeeded.json";
}
