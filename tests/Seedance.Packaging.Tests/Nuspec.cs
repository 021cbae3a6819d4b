using System.IO.Compression;
using System.Xml.Linq;

namespace Seedance.Packaging.Tests;

/// <summary>A dependency as the nuspec states it.</summary>
public sealed record NuspecDependency(string Id, string Version, string TargetFramework);

/// <summary>What one .nupkg holds: its nuspec metadata and its entry names.</summary>
public sealed class Nuspec
{
    private readonly XElement _metadata;
    private readonly string _path;

    private Nuspec(string path, XElement metadata, IReadOnlyList<string> entries)
    {
        _path = path;
        _metadata = metadata;
        Entries = entries;
    }

    /// <summary>Every file in the package, '/'-separated.</summary>
    public IReadOnlyList<string> Entries { get; }

    public string Id => Value("id");

    public string Version => Value("version");

    public string Description => Value("description");

    public string Authors => Value("authors");

    public string Readme => Value("readme");

    public string Tags => Value("tags");

    /// <summary>The <c>license</c> element: its <c>type</c> (<c>expression</c> or <c>file</c>) and its value.</summary>
    public (string Type, string Value) License =>
        (Attribute("license", "type"), Value("license"));

    /// <summary>The <c>repository</c> element's <c>type</c> and <c>url</c>.</summary>
    public (string Type, string Url) Repository =>
        (Attribute("repository", "type"), Attribute("repository", "url"));

    public string ProjectUrl => Value("projectUrl");

    public IReadOnlyList<NuspecDependency> Dependencies =>
        _metadata.Elements().Where(e => e.Name.LocalName == "dependencies").Elements().Where(e => e.Name.LocalName == "group")
            .SelectMany(g => g.Elements().Select(d => new NuspecDependency(
                (string?)d.Attribute("id") ?? "", (string?)d.Attribute("version") ?? "", (string?)g.Attribute("targetFramework") ?? "")))
            .ToList();

    /// <summary>The <c>packageTypes</c> names (<c>DotnetTool</c> for a .NET tool); empty for an ordinary package.</summary>
    public IReadOnlyList<string> PackageTypes =>
        _metadata.Elements().Where(e => e.Name.LocalName == "packageTypes").Elements().Select(t => (string?)t.Attribute("name") ?? "").ToList();

    /// <summary>The <c>contentFiles/files</c> entries: include pattern and whether it is copied to the output.</summary>
    public IReadOnlyList<(string Include, bool CopyToOutput)> ContentFiles =>
        _metadata.Elements().Where(e => e.Name.LocalName == "contentFiles").Elements()
            .Select(f => ((string?)f.Attribute("include") ?? "", string.Equals((string?)f.Attribute("copyToOutput"), "true", StringComparison.OrdinalIgnoreCase)))
            .ToList();

    public static Nuspec Read(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        var entry = zip.Entries.Single(e => !e.FullName.Contains('/', StringComparison.Ordinal) && e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = entry.Open();
        var document = XDocument.Load(stream);
        var metadata = document.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        return new Nuspec(nupkg, metadata, zip.Entries.Select(e => e.FullName).ToList());
    }

    /// <summary>The text of the package entry <paramref name="name"/>, line endings normalised to \n.</summary>
    public string ReadText(string name)
    {
        using var zip = ZipFile.OpenRead(_path);
        var entry = zip.GetEntry(name) ?? throw new FileNotFoundException($"{Path.GetFileName(_path)} has no entry {name}");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    private XElement? Element(string name) => _metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);

    private string Value(string name) => Element(name)?.Value ?? "";

    private string Attribute(string element, string attribute) => (string?)Element(element)?.Attribute(attribute) ?? "";
}
