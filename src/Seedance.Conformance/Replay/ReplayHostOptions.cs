namespace Seedance.Conformance.Replay;

/// <summary>Settings for <see cref="ReplayHost.StartAsync"/>.</summary>
public sealed class ReplayHostOptions
{
    /// <summary>
    /// A WireMock root directory (<c>mappings/**/*.json</c>, <c>__files/</c>) loaded at start. Its
    /// mappings are the defaults that <see cref="ReplayHost.ResetMappings"/> and <c>POST /__admin/reset</c> restore.
    /// </summary>
    public string? RootDirectory { get; set; }

    /// <summary>
    /// Where <c>bodyFileName</c> is resolved for mappings not loaded from a directory
    /// (default: <c>&lt;RootDirectory&gt;/__files</c>).
    /// </summary>
    public string? FilesDirectory { get; set; }

    /// <summary>How many bytes of each request body (and of each multipart part) the journal keeps (default 1 MiB).</summary>
    public int JournalBodyLimit { get; set; } = 1024 * 1024;

    /// <summary>The largest request body accepted (default 256 MiB).</summary>
    public long MaxRequestBodySize { get; set; } = 256L * 1024 * 1024;

    /// <summary>
    /// Serve an admin API under <c>/__admin</c> (default true): WireMock's reset, import and list routes
    /// that the runner's <c>--target</c> mode uses, and WireMock.Net's own admin interface for the rest.
    /// </summary>
    public bool EnableAdminApi { get; set; } = true;
}
