using System.Net;
using Seedance.Cli.Commands;
using Seedance.Contracts;
using Seedance.Contracts.Errors;

namespace Seedance.Cli.Output;

/// <summary>
/// What the tool says about a failure, and its exit code: the SDK's typed errors keep their HTTP status,
/// provider code and message and request id (the fields a support ticket needs). Every text is scrubbed of the
/// keys this run read.
/// </summary>
internal sealed record ErrorReport(int ExitCode, string Category, string Message)
{
    public int? HttpStatus { get; init; }

    public string? ProviderCode { get; init; }

    public string? ProviderMessage { get; init; }

    public string? RequestId { get; init; }

    public IReadOnlyList<ValidationProblem> Problems { get; init; } = [];

    /// <summary>The status a job ended in, when the failure is that it ended without a video.</summary>
    public VideoJobStatus? Job { get; init; }

    /// <summary>The report for <paramref name="exception"/>, or null when the tool has no exit code for it (a bug: it propagates).</summary>
    public static ErrorReport? From(Exception exception, SecretScrubber secrets)
    {
        var message = secrets.Scrub(exception.Message);
        return exception switch
        {
            MissingKeyException => new ErrorReport(ExitCodes.KeyMissing, "keyMissing", message),
            SeedanceValidationException v => new ErrorReport(ExitCodes.InvalidRequest, "validation", "The request breaks the provider's documented rules; nothing was sent.")
            {
                Problems = v.Violations,
            },
            SeedanceNotSupportedException n => Typed(ExitCodes.NotSupported, n, message, secrets),
            SeedanceTimeoutException { Kind: SeedanceTimeoutKind.WaitDeadline } t => Typed(ExitCodes.WaitTimedOut, t, message, secrets),
            SeedanceJobFailedException f => Typed(ExitCodes.JobFailed, f, message, secrets) with { Job = f.FinalStatus },
            SeedanceException s => Typed(ExitCodes.ProviderError, s, message, secrets),
            HttpRequestException or IOException or UnauthorizedAccessException => new ErrorReport(ExitCodes.ProviderError, "io", message),
            // The job-id rule: an id that cannot be one is refused before anything is sent.
            ArgumentException => new ErrorReport(ExitCodes.InvalidRequest, "invalidArgument", message),
            _ => null,
        };
    }

    private static ErrorReport Typed(int exitCode, SeedanceException e, string message, SecretScrubber secrets) =>
        new(exitCode, JsonShapes.CategoryName(e.Category), message)
        {
            HttpStatus = e.StatusCode is HttpStatusCode code ? (int)code : null,
            ProviderCode = secrets.Scrub(e.ProviderCode) is { Length: > 0 } c ? c : null,
            ProviderMessage = secrets.Scrub(e.ProviderMessage) is { Length: > 0 } m ? m : null,
            RequestId = e.RequestId,
        };

    /// <summary>The lines a person reads on stderr.</summary>
    public IEnumerable<string> Lines()
    {
        yield return "error: " + Message;
        foreach (var problem in Problems) yield return "  " + problem;
        var details = new List<string>();
        if (HttpStatus is { } status) details.Add($"HTTP {status}");
        if (ProviderCode is { } code) details.Add("provider code " + code);
        if (ProviderMessage is { } text && !Message.Contains(text, StringComparison.Ordinal)) details.Add("provider message: " + text);
        if (RequestId is { } id) details.Add("request id " + id);
        if (details.Count > 0) yield return "  " + string.Join("; ", details);
    }
}
