using WireMock.Handlers;

namespace Seedance.Conformance.Replay;

/// <summary>
/// Resolves <c>bodyFileName</c> as WireMock does: relative to the <c>__files</c> directory. WireMock.Net's
/// <see cref="LocalFileSystemHandler"/> resolves it against the current directory instead (a 500 "Could not
/// find a part of the path" otherwise). Directory-loaded mappings pass absolute paths, which are kept.
/// </summary>
internal sealed class RecordingsFileSystem(string? filesRoot) : LocalFileSystemHandler
{
    public override byte[] ReadResponseBodyAsFile(string path) => File.ReadAllBytes(Resolve(path));

    public override string ReadResponseBodyAsString(string path) => File.ReadAllText(Resolve(path));

    private string Resolve(string path)
    {
        var full = Path.IsPathRooted(path) ? path : filesRoot is null ? null : Path.Combine(filesRoot, path);
        if (full is not null && File.Exists(full)) return full;
        var message = full is null
            ? $"bodyFileName '{path}' needs a files directory (ReplayHostOptions.FilesDirectory or RootDirectory)."
            : $"bodyFileName '{path}' not found ({full}).";
        ReplayMiddleware.ReportProblem(message);
        throw new FileNotFoundException(message, path);
    }
}
