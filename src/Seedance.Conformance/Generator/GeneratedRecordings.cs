namespace Seedance.Conformance.Generator;

/// <summary>
/// The generator's output: file contents by path relative to the recordings root (forward slashes),
/// plus <c>docs/spec-sources.md</c>, which <c>regenerate-recordings</c> writes in the same pass.
/// </summary>
/// <param name="Files">Mapping and body files.</param>
internal sealed record GeneratedRecordings(SortedDictionary<string, string> Files)
{
    /// <summary>
    /// The rendered <c>docs/spec-sources.md</c>, or null. It rides along with the recordings so the one
    /// regenerate command refreshes every artefact derived from the specs; <see cref="Compare"/> leaves
    /// it out because it has a drift test of its own.
    /// </summary>
    public GeneratedDocument? SpecSources { get; init; }

    /// <summary>
    /// Whether a file under the recordings root is the generator's to own: every body file and every
    /// mapping outside a <c>lifecycle</c> folder (those are hand-written).
    /// </summary>
    public static bool IsGeneratedPath(string relativePath)
    {
        var parts = relativePath.Split('/');
        return parts[0] == "__files" || (parts[0] == "mappings" && parts.Length > 2 && parts[2] != "lifecycle");
    }

    /// <summary>
    /// Writes the files under <paramref name="root"/>, deletes generated files that are no longer
    /// produced, and writes <see cref="SpecSources"/> where it lives; returns what changed.
    /// </summary>
    public IReadOnlyList<string> WriteTo(string root)
    {
        var changed = new List<string>();
        foreach (var stale in Compare(root).Where(d => d.Kind == RecordingDifferenceKind.Stale))
        {
            File.Delete(Path.Combine(root, stale.Path));
            changed.Add(stale.Path);
        }
        foreach (var (relative, text) in Files)
        {
            var path = Path.Combine(root, relative);
            if (File.Exists(path) && File.ReadAllText(path) == text) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            changed.Add(relative);
        }
        if (SpecSources?.WriteIfChanged() == true) changed.Add(SpecSources.DisplayPath);
        return changed;
    }

    /// <summary>Differences between these files and the ones under <paramref name="root"/>.</summary>
    public IReadOnlyList<RecordingDifference> Compare(string root)
    {
        var differences = new List<RecordingDifference>();
        foreach (var (relative, text) in Files)
        {
            var path = Path.Combine(root, relative);
            if (!File.Exists(path)) differences.Add(new(relative, RecordingDifferenceKind.Missing));
            else if (File.ReadAllText(path).ReplaceLineEndings("\n") != text) differences.Add(new(relative, RecordingDifferenceKind.Changed));
        }
        if (Directory.Exists(root))
        {
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (IsGeneratedPath(relative) && !Files.ContainsKey(relative)) differences.Add(new(relative, RecordingDifferenceKind.Stale));
            }
        }
        return differences;
    }
}

/// <summary>One file that differs from what the generator produces.</summary>
/// <param name="Path">Relative to the recordings root.</param>
/// <param name="Kind">How it differs.</param>
internal sealed record RecordingDifference(string Path, RecordingDifferenceKind Kind);

/// <summary>How a recording file differs from the generator's output.</summary>
internal enum RecordingDifferenceKind
{
    /// <summary>The generator produces it but it is not on disk.</summary>
    Missing,

    /// <summary>On disk with other content.</summary>
    Changed,

    /// <summary>On disk under a generated folder but no longer produced.</summary>
    Stale,
}
