using System.Globalization;
using Microsoft.Extensions.Options;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Http;

namespace Seedance.Contracts.Hosting;

/// <summary>
/// Checks <see cref="SeedanceOptions"/> at start-up (<c>ValidateOnStart</c>). Each failure names the
/// configuration key it is about (<c>Seedance:Providers:seedance2-ink:ApiKey is missing</c>), says what is
/// allowed, and never shows a key.
/// </summary>
internal sealed class SeedanceOptionsValidator(string sectionPath) : IValidateOptions<SeedanceOptions>
{
    public ValidateOptionsResult Validate(string? name, SeedanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Providers.Count == 0)
            failures.Add($"{sectionPath}:Providers is empty; configure at least one of {string.Join(", ", ProviderId.All)}.");
        foreach (var (provider, settings) in options.Providers)
            failures.AddRange(Problems(provider, settings, $"{sectionPath}:Providers:{provider}"));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The problems of one provider entry; <paramref name="path"/> is its configuration key.</summary>
    internal static IEnumerable<string> Problems(string provider, SeedanceProviderOptions? settings, string path)
    {
        if (!ProviderId.IsKnown(provider))
        {
            yield return $"{path}: '{provider}' is not a provider id; use one of {string.Join(", ", ProviderId.All)}.";
            yield break;
        }
        if (settings is null)
        {
            yield return $"{path} is empty; it needs at least an ApiKey.";
            yield break;
        }
        if (string.IsNullOrWhiteSpace(settings.ApiKey))
            yield return $"{path}:ApiKey is missing; set it from a secret store, or for example the environment variable {EnvironmentVariableFor(path)}.";
        else if (settings.ApiKey.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            yield return $"{path}:ApiKey contains whitespace or control characters (the value is not shown).";
        if (settings.BaseUrl is { } url && SeedancePipeline.BaseUrlProblem(url) is { } problem)
            yield return $"{path}:BaseUrl {problem}; give an absolute http(s) URL with no query, fragment or user info.";
        if (settings.CallTimeout <= TimeSpan.Zero && settings.CallTimeout != Timeout.InfiniteTimeSpan)
            yield return string.Create(CultureInfo.InvariantCulture, $"{path}:CallTimeout is {settings.CallTimeout}; it must be positive, or {Timeout.InfiniteTimeSpan} to turn it off.");
        foreach (var retryProblem in RetryProblems(settings.Retry, $"{path}:Retry"))
            yield return retryProblem;
        if (settings.FallbackToVideosRoute && provider != ProviderId.CometApiVolc)
            yield return $"{path}:FallbackToVideosRoute applies to {ProviderId.CometApiVolc} only.";
        if (settings.Blocking && provider != ProviderId.AceDataSeedance)
            yield return $"{path}:Blocking applies to {ProviderId.AceDataSeedance} only.";
    }

    private static string EnvironmentVariableFor(string path) => path.Replace(":", "__", StringComparison.Ordinal) + "__ApiKey";

    private static IEnumerable<string> RetryProblems(RetryOptions? retry, string path)
    {
        if (retry is null) yield break;
        if (retry.MaxRetries is < 0 or > 10)
            yield return $"{path}:MaxRetries is {retry.MaxRetries}; allowed: 0 to 10.";
        if (retry.BaseDelay < TimeSpan.Zero) yield return $"{path}:BaseDelay is negative.";
        if (retry.MaxDelay < TimeSpan.Zero) yield return $"{path}:MaxDelay is negative.";
        if (retry.RetryAfterCap < TimeSpan.Zero) yield return $"{path}:RetryAfterCap is negative.";
        if (retry.JitterRatio is < 0 or > 1 || double.IsNaN(retry.JitterRatio))
            yield return string.Create(CultureInfo.InvariantCulture, $"{path}:JitterRatio is {retry.JitterRatio}; allowed: 0 to 1.");
        if (retry.AttemptTimeout is { } attempt && attempt <= TimeSpan.Zero && attempt != Timeout.InfiniteTimeSpan)
            yield return $"{path}:AttemptTimeout must be positive.";
        foreach (var (list, key) in new[] { (retry.IdempotentRetryStatuses, "IdempotentRetryStatuses"), (retry.CreateRetryStatuses, "CreateRetryStatuses") })
        {
            if (list?.FirstOrDefault(s => s is < 100 or > 599) is { } bad and not 0)
                yield return $"{path}:{key} holds {bad}, which is not an HTTP status (100 to 599).";
        }
        if (retry.CreateRetryStatuses?.FirstOrDefault(s => s is 408 or >= 500) is { } unsafeStatus and not 0)
            yield return $"{path}:CreateRetryStatuses holds {unsafeStatus}: after a {unsafeStatus} the server may have started the paid job, so a create is never resent on it.";
    }
}
