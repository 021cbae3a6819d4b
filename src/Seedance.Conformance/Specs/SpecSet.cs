namespace Seedance.Conformance.Specs;

/// <summary>The four provider specs, keyed by provider id.</summary>
internal sealed class SpecSet
{
    private SpecSet(string directory, IReadOnlyList<SpecDocument> documents)
    {
        Directory = directory;
        Documents = documents;
    }

    /// <summary>The directory the specs were read from (full path).</summary>
    public string Directory { get; }

    /// <summary>The specs, ordered by provider id.</summary>
    public IReadOnlyList<SpecDocument> Documents { get; }

    /// <summary>Every operation of every spec.</summary>
    public IEnumerable<SpecOperation> Operations => Documents.SelectMany(d => d.Operations);

    /// <summary>The spec of one provider.</summary>
    public SpecDocument this[string provider] =>
        Documents.FirstOrDefault(d => d.Provider == provider) ?? throw new KeyNotFoundException($"No spec for provider '{provider}'.");

    /// <summary>Reads every <c>*.yaml</c> in <paramref name="directory"/> (dot-files skipped, as the generator does).</summary>
    public static SpecSet Load(string directory)
    {
        var files = System.IO.Directory.EnumerateFiles(directory, "*.yaml")
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0) throw new DirectoryNotFoundException($"No specs (*.yaml) in {directory}.");
        return new SpecSet(Path.GetFullPath(directory), files.Select(SpecDocument.Load).ToList());
    }
}
