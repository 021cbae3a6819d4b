using System.Text.RegularExpressions;

namespace Seedance.Contracts.Http;

/// <summary>
/// Removes secrets from anything the SDK writes out: header values outside an allow-list, query
/// strings of URLs (signed video URLs carry their signature there), bearer tokens, and, as a last line
/// of defence, every occurrence of the configured API key in free text.
/// </summary>
internal sealed partial class Redactor
{
    /// <summary>What replaces a removed value.</summary>
    public const string Placeholder = "REDACTED";

    /// <summary>
    /// Headers whose values are kept as they are. Everything else keeps its name but loses its value
    /// (Azure SDK rule: log only allow-listed headers). Authorization, cookies and any unknown header
    /// that could carry a token are therefore never written out.
    /// </summary>
    public static IReadOnlyCollection<string> DefaultAllowedHeaders { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Accept", "Cache-Control", "Connection", "Content-Encoding", "Content-Length", "Content-Type", "Date",
        "ETag", "Expires", "Last-Modified", "Location", "Pragma", "Retry-After", "retry-after-ms", "Server",
        "Transfer-Encoding", "User-Agent", "Vary", "Via", "Age", "CF-Ray",
        "x-request-id", "x-client-request-id", "x-tt-logid", "x-trace-id", "request-id", "x-should-retry",
        "x-ratelimit-limit-requests", "x-ratelimit-remaining-requests", "x-ratelimit-reset-requests",
        "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset",
    };

    private readonly string[] _secrets;
    private readonly HashSet<string> _allowedHeaders;

    /// <summary>Creates a redactor.</summary>
    /// <param name="secrets">Values scrubbed from any text (the API key). Empty entries are ignored.</param>
    /// <param name="allowedHeaders">Headers whose values may be written out; defaults to <see cref="DefaultAllowedHeaders"/>.</param>
    public Redactor(IEnumerable<string>? secrets = null, IEnumerable<string>? allowedHeaders = null)
    {
        // Longest first, so a key that contains another secret is removed whole.
        _secrets = (secrets ?? []).Where(s => !string.IsNullOrEmpty(s)).Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length).ToArray();
        _allowedHeaders = new HashSet<string>(allowedHeaders ?? DefaultAllowedHeaders, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A redactor that knows no secrets (still removes bearer tokens, disallowed headers and query strings).</summary>
    public static Redactor Default { get; } = new();

    /// <summary>Creates a redactor for a key.</summary>
    internal static Redactor For(SeedanceApiKey? key) => key is null ? Default : new Redactor([key.Value]);

    /// <summary>Removes every configured secret and every bearer token from <paramref name="text"/>.</summary>
    public string Scrub(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        foreach (var secret in _secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
                text = text.Replace(secret, Placeholder, StringComparison.Ordinal);
        }
        return BearerToken().Replace(text, "Bearer " + Placeholder);
    }

    /// <summary>Like <see cref="Scrub"/>, and also replaces the query string of every URL in the text.</summary>
    public string ScrubForLog(string text) => string.IsNullOrEmpty(text) ? text : RedactUrlsInText(Scrub(text));

    /// <summary>
    /// The URL without user info and with its query replaced by <c>?REDACTED</c>. Signed video URLs
    /// (TOS, S3, R2) put their signature and expiry in the query, and our own routes never need it in a log.
    /// </summary>
    public string RedactUrl(Uri? uri)
    {
        if (uri is null) return string.Empty;
        if (!uri.IsAbsoluteUri) return RedactUrlsInText(Scrub(uri.OriginalString));
        var builder = new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty, Fragment = string.Empty };
        var query = builder.Query;
        builder.Query = string.IsNullOrEmpty(query) ? string.Empty : Placeholder;
        return Scrub(builder.Uri.AbsoluteUri);
    }

    /// <summary>Replaces the query string of every http(s) URL found in free text.</summary>
    public static string RedactUrlsInText(string text) =>
        string.IsNullOrEmpty(text) ? text : UrlQuery().Replace(text, m => m.Groups["base"].Value + "?" + Placeholder);

    /// <summary>True when a header's value may be written out.</summary>
    public bool IsAllowed(string headerName) => _allowedHeaders.Contains(headerName);

    /// <summary>Copies headers, keeping allow-listed values (scrubbed) and replacing the rest with <see cref="Placeholder"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> RedactHeaders(IEnumerable<KeyValuePair<string, IEnumerable<string>>>? headers)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        if (headers is null) return result;
        foreach (var (name, values) in headers)
        {
            var redacted = IsAllowed(name) ? values.Select(Scrub).ToArray() : [Placeholder];
            result[name] = result.TryGetValue(name, out var existing) ? [.. existing, .. redacted] : redacted;
        }
        return result;
    }

    [GeneratedRegex(@"Bearer\s+[A-Za-z0-9\-._~+/]+=*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"(?<base>https?://[^\s""'<>?#]+)\?[^\s""'<>#]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlQuery();
}
