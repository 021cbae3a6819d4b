using System.Globalization;
using System.Net.Http.Headers;

namespace Seedance.Contracts.Http;

/// <summary>Reads how long a server asked the client to wait.</summary>
internal static class RetryAfter
{
    /// <summary>
    /// <c>retry-after-ms</c> (milliseconds) if present, else <c>Retry-After</c> as delta-seconds (fractions
    /// accepted) or as an HTTP date measured from <paramref name="now"/>. A date in the past gives zero.
    /// Null when neither header is present or readable.
    /// </summary>
    public static TimeSpan? Parse(HttpResponseHeaders headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var pairs = headers.NonValidated.Select(h => new KeyValuePair<string, IEnumerable<string>>(h.Key, h.Value));
        return Parse(pairs, now);
    }

    /// <summary>The same, from any header collection (e.g. the redacted copy on an exception).</summary>
    public static TimeSpan? Parse(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        string? retryAfter = null, retryAfterMs = null;
        foreach (var (name, values) in headers)
        {
            if (name.Equals("retry-after-ms", StringComparison.OrdinalIgnoreCase)) retryAfterMs ??= values.FirstOrDefault();
            else if (name.Equals("Retry-After", StringComparison.OrdinalIgnoreCase)) retryAfter ??= values.FirstOrDefault();
        }
        if (retryAfterMs is not null && double.TryParse(retryAfterMs.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms)
            && ms >= 0 && double.IsFinite(ms))
            return TimeSpan.FromMilliseconds(Math.Min(ms, TimeSpan.MaxValue.TotalMilliseconds / 2));
        return ParseValue(retryAfter, now);
    }

    /// <summary>Parses one <c>Retry-After</c> value: delta-seconds or an HTTP date (RFC 9110 §10.2.3).</summary>
    public static TimeSpan? ParseValue(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            return seconds >= 0 && double.IsFinite(seconds) ? TimeSpan.FromSeconds(Math.Min(seconds, 1e9)) : null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date))
        {
            // TotalSeconds, not the 0-59 Seconds component (the Kiota RetryHandler bug noted in anchors §1a).
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }
}
