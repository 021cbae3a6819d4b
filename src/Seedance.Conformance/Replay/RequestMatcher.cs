using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Seedance.Conformance.Replay;

/// <summary>The outcome of matching a request against a <see cref="RequestPattern"/>.</summary>
public sealed class RequestMatchResult
{
    internal RequestMatchResult(IReadOnlyList<string> failures, double distance)
    {
        Failures = failures;
        Distance = distance;
    }

    /// <summary>True when every criterion matched.</summary>
    public bool IsMatch => Failures.Count == 0;

    /// <summary>One line per criterion that did not match.</summary>
    public IReadOnlyList<string> Failures { get; }

    /// <summary>How far off the request was (0 = match); used to rank near misses.</summary>
    public double Distance { get; }
}

/// <summary>Matches requests against <see cref="RequestPattern"/>s with WireMock's semantics.</summary>
public static class RequestMatcher
{
    private static readonly ConcurrentDictionary<string, Regex> Templates = new(StringComparer.Ordinal);

    /// <summary>Matches <paramref name="request"/> against <paramref name="pattern"/>.</summary>
    public static RequestMatchResult Match(RequestPattern pattern, RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(request);
        var failures = new List<string>();
        double distance = 0;

        void Fail(double weight, string why)
        {
            failures.Add(why);
            distance += weight;
        }

        if (pattern.ExtensionData is { Count: > 0 } extra)
        {
            Fail(10, $"unsupported request matcher(s) {string.Join(", ", extra.Keys.Select(k => $"'{k}'"))} (never match in the replay host)");
        }

        var method = pattern.Method ?? "ANY";
        if (method != "ANY" && !string.Equals(method, request.Method, StringComparison.Ordinal))
        {
            Fail(5, $"method: expected {method}, got {request.Method}");
        }

        if (pattern.Url is { } url && url != request.Url)
        {
            Fail(10, $"url: expected {url}, got {request.Url}");
        }
        if (pattern.UrlPattern is { } urlPattern && !ValuePatternMatcher.FullMatch(urlPattern, request.Url))
        {
            Fail(10, $"urlPattern: /{urlPattern}/ does not match {request.Url}");
        }
        if (pattern.UrlPath is { } urlPath && urlPath != request.Path)
        {
            Fail(10, $"urlPath: expected {urlPath}, got {request.Path}");
        }
        if (pattern.UrlPathPattern is { } urlPathPattern && !ValuePatternMatcher.FullMatch(urlPathPattern, request.Path))
        {
            Fail(10, $"urlPathPattern: /{urlPathPattern}/ does not match {request.Path}");
        }
        if (pattern.UrlPathTemplate is { } template)
        {
            var m = TemplateRegex(template).Match(request.Path);
            if (!m.Success)
            {
                Fail(10, $"urlPathTemplate: {template} does not match {request.Path}");
            }
            else if (pattern.PathParameters is { } pathParameters)
            {
                foreach (var (name, p) in pathParameters)
                {
                    var g = m.Groups[name];
                    var value = g.Success ? Uri.UnescapeDataString(g.Value) : null;
                    if (ValuePatternMatcher.Mismatch(p, value) is { } why) Fail(2, $"path parameter {name}: {why}");
                }
            }
        }

        if (pattern.QueryParameters is { } query)
        {
            foreach (var (name, p) in query)
            {
                request.QueryParameters.TryGetValue(name, out var values);
                if (MultiValueMismatch(p, values) is { } why) Fail(1, $"query parameter {name}: {why}");
            }
        }

        if (pattern.Headers is { } headers)
        {
            foreach (var (name, p) in headers)
            {
                request.Headers.TryGetValue(name, out var values);
                if (MultiValueMismatch(p, values) is { } why) Fail(1, $"header {name}: {why}");
            }
        }

        if (pattern.BodyPatterns is { Count: > 0 } bodyPatterns)
        {
            var body = request.BodyAsString;
            foreach (var p in bodyPatterns)
            {
                if (ValuePatternMatcher.Mismatch(p, body, request.Body) is { } why) Fail(3, $"body: {why}");
            }
        }

        if (pattern.MultipartPatterns is { Count: > 0 } multipart)
        {
            foreach (var mp in multipart)
            {
                if (MultipartMismatch(mp, request) is { } why) Fail(3, $"multipart: {why}");
            }
        }

        return new RequestMatchResult(failures, distance);
    }

    private static string? MultiValueMismatch(StringValuePattern p, IReadOnlyList<string>? values)
    {
        if (values is null || values.Count == 0) return ValuePatternMatcher.Mismatch(p, null);
        string? first = null;
        foreach (var v in values)
        {
            var why = ValuePatternMatcher.Mismatch(p, v);
            if (why is null) return null;
            first ??= why;
        }
        return first;
    }

    private static string? MultipartMismatch(MultipartPattern mp, RecordedRequest request)
    {
        if (mp.ExtensionData is { Count: > 0 } extra)
        {
            return $"unsupported multipart matcher(s) {string.Join(", ", extra.Keys.Select(k => $"'{k}'"))}";
        }
        if (request.Parts.Count == 0) return "the request has no multipart/form-data parts";
        var all = string.Equals(mp.MatchingType, "ALL", StringComparison.OrdinalIgnoreCase);
        var reasons = new List<string>();
        var matched = 0;
        foreach (var part in request.Parts)
        {
            var why = PartMismatch(mp, part);
            if (why is null) matched++;
            else reasons.Add($"part '{part.Name}': {why}");
        }
        if (all ? matched == request.Parts.Count : matched > 0) return null;
        var sb = new StringBuilder(all ? "not every part matched" : "no part matched");
        foreach (var r in reasons.Take(4)) sb.Append(" [").Append(r).Append(']');
        return sb.ToString();
    }

    private static string? PartMismatch(MultipartPattern mp, MultipartPart part)
    {
        if (mp.Headers is { } headers)
        {
            foreach (var (name, p) in headers)
            {
                part.Headers.TryGetValue(name, out var values);
                if (MultiValueMismatch(p, values) is { } why) return $"header {name}: {why}";
            }
        }
        if (mp.BodyPatterns is { } bodies)
        {
            var value = part.Value;
            foreach (var p in bodies)
            {
                if (ValuePatternMatcher.Mismatch(p, value, part.Body) is { } why) return $"body: {why}";
            }
        }
        return null;
    }

    private static Regex TemplateRegex(string template) => Templates.GetOrAdd(template, static t =>
    {
        var sb = new StringBuilder("\\A");
        var i = 0;
        while (i < t.Length)
        {
            var open = t.IndexOf('{', i);
            if (open < 0) { sb.Append(Regex.Escape(t[i..])); break; }
            var close = t.IndexOf('}', open);
            if (close < 0) { sb.Append(Regex.Escape(t[i..])); break; }
            sb.Append(Regex.Escape(t[i..open]));
            var name = t[(open + 1)..close];
            sb.Append("(?<").Append(Regex.Replace(name, "[^A-Za-z0-9_]", "_")).Append(">[^/]+)");
            i = close + 1;
        }
        sb.Append("\\z");
        return new Regex(sb.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    });
}
