namespace Seedance.Conformance.Generator;

/// <summary>
/// The exception type docs/errors.md promises for a status and provider code, written down
/// independently of <c>ErrorTranslator</c> so that the suite checks the translator rather than copying it.
/// </summary>
internal static class ExpectedErrors
{
    private static readonly HashSet<string> UnknownTaskCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "task_not_exist", "task_not_found", "not_found", "ResourceNotFound",
    };

    /// <summary>The SeedanceException subclass name for a status and code.</summary>
    public static string ExceptionFor(int status, string? providerCode) => status switch
    {
        401 or 403 => "SeedanceAuthenticationException",
        408 => "SeedanceTimeoutException",
        429 => "SeedanceRateLimitException",
        >= 500 => "SeedanceServerException",
        404 => "SeedanceNotFoundException",
        >= 400 when providerCode is not null && (UnknownTaskCodes.Contains(providerCode) || providerCode.StartsWith("NotFound.", StringComparison.OrdinalIgnoreCase)) => "SeedanceNotFoundException",
        _ => "SeedanceInvalidRequestException",
    };
}
