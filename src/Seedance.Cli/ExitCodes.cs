namespace Seedance.Cli;

/// <summary>The tool's exit codes, as docs/cli.md lists them. Scripts branch on these, so they never change meaning.</summary>
internal static class ExitCodes
{
    /// <summary>Done: the job was submitted, finished with a video, downloaded, cancelled as asked; the request is valid.</summary>
    public const int Ok = 0;

    /// <summary>The job ended without a video (failed, cancelled, expired), or the conformance suite failed.</summary>
    public const int JobFailed = 1;

    /// <summary>Bad arguments, or a request the pre-send rules refuse (nothing was sent).</summary>
    public const int InvalidRequest = 2;

    /// <summary>The provider refused a call (401, 404, 429, 5xx...), the network failed, or the file could not be written.</summary>
    public const int ProviderError = 3;

    /// <summary>No key: the provider's environment variable (or the <c>--key-env</c> one) is unset or unusable.</summary>
    public const int KeyMissing = 4;

    /// <summary>The provider cannot do what was asked (cancel anywhere but Seedance2.ink); nothing was sent.</summary>
    public const int NotSupported = 5;

    /// <summary>The <c>--timeout</c> of a wait passed while the job was still running; it keeps running.</summary>
    public const int WaitTimedOut = 6;

    /// <summary>Ctrl+C stopped the wait or the download; the job keeps running and the resume command was printed.</summary>
    public const int Interrupted = 130;
}
