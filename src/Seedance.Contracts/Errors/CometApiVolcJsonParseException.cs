namespace Seedance.Contracts.Errors;

/// <summary>
/// CometAPI's Volc route (<c>/volc/v3/contents/generations/tasks</c>) answered a create call with a
/// server-side JSON parse error although the body was valid JSON (quirk <c>volc-json-parse-error</c>,
/// see docs/quirks.md). The server rejected the body, so no job was created and nothing was charged.
/// Set <c>CometApiVolcOptions.FallbackToVideosRoute</c> to send the same request through CometAPI's
/// <c>/v1/videos</c> route instead.
/// </summary>
public sealed class CometApiVolcJsonParseException : SeedanceQuirkException
{
    /// <summary>The stable quirk id.</summary>
    public const string Id = "volc-json-parse-error";

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened and what to do; never contains the key.</param>
    /// <param name="context">The failed call.</param>
    /// <param name="fallbackAttempted">True when the fallback was on but the request could not be sent through <c>/v1/videos</c>.</param>
    /// <param name="innerException">The original error, or why the fallback could not be used.</param>
    public CometApiVolcJsonParseException(string message, SeedanceErrorContext? context, bool fallbackAttempted, Exception? innerException = null)
        : base(Id, message, context, innerException)
    {
        FallbackAttempted = fallbackAttempted;
    }

    /// <summary>True when <c>FallbackToVideosRoute</c> was on but the request could not be expressed on <c>/v1/videos</c> (the inner exception says why).</summary>
    public bool FallbackAttempted { get; }
}
