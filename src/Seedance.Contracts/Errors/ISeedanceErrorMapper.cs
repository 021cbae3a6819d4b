namespace Seedance.Contracts.Errors;

/// <summary>
/// Turns a failed response into a more specific exception, typically a <see cref="SeedanceQuirkException"/>
/// subclass for a known provider quirk. Mappers run before the status-based mapping, in order; the first
/// non-null answer wins.
/// </summary>
public interface ISeedanceErrorMapper
{
    /// <summary>Returns the exception to throw, or null to keep the default mapping.</summary>
    /// <param name="context">Status, redacted headers, provider code/message, request id and capped raw body.</param>
    /// <param name="message">The default message, already redacted; reuse it or build another (never include secrets).</param>
    /// <param name="innerException">The exception the HTTP layer raised (e.g. the generated error model), if any.</param>
    SeedanceException? TryMap(SeedanceErrorContext context, string message, Exception? innerException);
}
