namespace Seedance.Conformance.Generator;

/// <summary>A document the generator renders outside the recordings root (today <c>docs/spec-sources.md</c>).</summary>
/// <param name="Path">Where it lives on disk (full path).</param>
/// <param name="DisplayPath">How output names it, relative to the repository root (forward slashes).</param>
/// <param name="Text">Its content, with <c>\n</c> line endings.</param>
internal sealed record GeneratedDocument(string Path, string DisplayPath, string Text)
{
    /// <summary>Whether the file on disk has this content (line endings ignored, so a CRLF checkout is not drift).</summary>
    public bool IsCurrent() => File.Exists(Path) && File.ReadAllText(Path).ReplaceLineEndings("\n") == Text;

    /// <summary>Writes the file unless it is current; true when it was written.</summary>
    public bool WriteIfChanged()
    {
        if (IsCurrent()) return false;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        File.WriteAllText(Path, Text);
        return true;
    }
}
