using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Seedance.Conformance.Recording;

/// <summary>
/// Makes a live exchange safe to commit: keys and bearer tokens removed, signed URL query strings,
/// request ids and trace ids replaced with stable placeholders (so a re-recording of the same
/// behaviour gives the same file).
/// </summary>
internal partial class RecordingSanitizer
{
    /// <summary>Stands in for a signed URL's query string.</summary>
    public const string SignedQueryPlaceholder = "REDACTED-SIGNED-QUERY";

    /// <summary>Stands in for request and trace ids.</summary>
    public const string RequestIdPlaceholder = "recorded-request-id";

    /// <summary>Stands in for a key found in a body or header.</summary>
    public const string KeyPlaceholder = "REDACTED";

    /// <summary>Response headers a recording keeps (values of the id headers are replaced). Everything else, cookies included, is dropped.</summary>
    private static readonly HashSet<string> KeptHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Type", "Retry-After", "retry-after-ms",
    };

    private static readonly HashSet<string> IdHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "x-request-id", "x-tt-logid", "x-trace-id", "request-id", "trace-id", "x-amzn-requestid", "cf-ray",
    };

    private static readonly HashSet<string> IdFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "trace_id", "request_id", "traceId", "x_request_id", "logid",
    };

    private readonly string[] _secrets;

    /// <summary>Creates a sanitizer that also removes each of <paramref name="secrets"/> wherever it appears.</summary>
    public RecordingSanitizer(IEnumerable<string> secrets) =>
        _secrets = secrets.Where(s => !string.IsNullOrEmpty(s)).Distinct().OrderByDescending(s => s.Length).ToArray();

    /// <summary>The response headers to keep, sanitized.</summary>
    public List<KeyValuePair<string, string>> Headers(IEnumerable<KeyValuePair<string, string>> headers)
    {
        var kept = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in headers)
        {
            if (IdHeaders.Contains(name)) kept.Add(new(name, RequestIdPlaceholder));
            else if (KeptHeaders.Contains(name)) kept.Add(new(name, Text(value)));
        }
        return kept;
    }

    /// <summary>A sanitized body: JSON is walked value by value, anything else is treated as text.</summary>
    public string Body(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return Text(body);
        }
        return node is null ? Text(body) : Node(node, null)?.ToJsonString(Generator.RecordingJson.Options) ?? "null";
    }

    /// <summary>A sanitized string: keys, bearer tokens, signed query strings and request ids in messages.</summary>
    public string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in _secrets) text = text.Replace(secret, KeyPlaceholder, StringComparison.Ordinal);
        text = BearerToken().Replace(text, "Bearer " + KeyPlaceholder);
        text = UrlQuery().Replace(text, m => m.Groups["base"].Value + "?" + SignedQueryPlaceholder);
        text = RequestIdInMessage().Replace(text, m => m.Groups["label"].Value + RequestIdPlaceholder);
        return text;
    }

    private JsonNode? Node(JsonNode? node, string? name)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList()) obj[key] = Node(obj[key]?.DeepClone(), key);
                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) array[i] = Node(array[i]?.DeepClone(), name);
                return array;
            case JsonValue value when value.TryGetValue<string>(out var s):
                return name is not null && IdFields.Contains(name) && s.Length > 0 ? JsonValue.Create(RequestIdPlaceholder) : JsonValue.Create(Text(s));
            default:
                return node;
        }
    }

    [GeneratedRegex(@"Bearer\s+[A-Za-z0-9._~+/=\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"(?<base>https?://[^\s""'?#]+)\?[^\s""'#]+", RegexOptions.CultureInvariant)]
    private static partial Regex UrlQuery();

    // CometAPI: "(request id: X)"; Ark: "Request id:X", "Request ID: X", "Requestid: X".
    [GeneratedRegex(@"(?<label>request\s?id\s*:\s*)[A-Za-z0-9._\-]{4,}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RequestIdInMessage();
}
