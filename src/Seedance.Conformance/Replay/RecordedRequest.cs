using System.Text;
using System.Text.Json.Nodes;
using WireMock;

namespace Seedance.Conformance.Replay;

/// <summary>An HTTP request as the replay host received it (used for matching and kept in the journal).</summary>
public sealed class RecordedRequest
{
    internal RecordedRequest(
        string method,
        string url,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        byte[] body,
        long bodySize,
        IReadOnlyList<MultipartPart> parts,
        string? clientIp,
        string absoluteUrl)
    {
        Method = method;
        Url = url;
        var q = url.IndexOf('?', StringComparison.Ordinal);
        Path = q < 0 ? url : url[..q];
        Query = q < 0 ? "" : url[(q + 1)..];
        QueryParameters = ParseQuery(Query);
        Headers = headers;
        Body = body;
        BodySize = bodySize;
        Parts = parts;
        ClientIp = clientIp;
        AbsoluteUrl = absoluteUrl;
    }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>Path and query exactly as sent (the request target).</summary>
    public string Url { get; }

    /// <summary>The absolute URL (scheme, host and port of the replay host plus <see cref="Url"/>).</summary>
    public string AbsoluteUrl { get; }

    /// <summary>The path part of <see cref="Url"/> (not decoded).</summary>
    public string Path { get; }

    /// <summary>The query string without the leading <c>?</c> (not decoded); empty if none.</summary>
    public string Query { get; }

    /// <summary>Query parameters, URL-decoded, in order of appearance.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> QueryParameters { get; }

    /// <summary>Request headers (names case-insensitive; a repeated header has several values).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The body bytes (capped in the journal; see <see cref="IsBodyTruncated"/>).</summary>
    public byte[] Body { get; }

    /// <summary>The full body size in bytes.</summary>
    public long BodySize { get; }

    /// <summary>True when <see cref="Body"/> holds fewer bytes than were received.</summary>
    public bool IsBodyTruncated => Body.LongLength < BodySize;

    /// <summary>The parts of a <c>multipart/form-data</c> body; empty for other bodies.</summary>
    public IReadOnlyList<MultipartPart> Parts { get; }

    /// <summary>The client's IP address.</summary>
    public string? ClientIp { get; }

    /// <summary>The body decoded as UTF-8.</summary>
    public string BodyAsString => Encoding.UTF8.GetString(Body);

    /// <summary>The first value of a header, or null.</summary>
    public string? GetHeader(string name) => Headers.TryGetValue(name, out var v) && v.Count > 0 ? v[0] : null;

    /// <summary>The multipart part named <paramref name="name"/>, or null.</summary>
    public MultipartPart? GetPart(string name) => Parts.FirstOrDefault(p => p.Name == name);

    /// <summary>The body parsed as JSON, or null when it is empty or not JSON.</summary>
    public JsonNode? BodyAsJson()
    {
        if (Body.Length == 0) return null;
        try { return JsonNode.Parse(Body); }
        catch (System.Text.Json.JsonException) { return null; }
    }

    /// <summary>"METHOD url", for messages.</summary>
    public override string ToString() => $"{Method} {Url}";

    /// <summary>Builds the journal's view of a request WireMock.Net logged (target as sent, internal headers hidden).</summary>
    internal static RecordedRequest From(IRequestMessage message)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        string? rawUrl = null;
        foreach (var (name, values) in message.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
        {
            if (name.Equals(MappingTranslator.RawUrlHeader, StringComparison.OrdinalIgnoreCase)) rawUrl = values.FirstOrDefault();
            else if (!name.Equals(MappingTranslator.RawPathHeader, StringComparison.OrdinalIgnoreCase)) headers[name] = values.ToArray();
        }
        var url = rawUrl ?? message.Path + message.RawQuery;
        var body = message.BodyData?.BodyAsBytes ?? [];
        var contentType = headers.TryGetValue("Content-Type", out var ct) && ct.Count > 0 ? ct[0] : null;
        var origin = new Uri(message.AbsoluteUrl).GetLeftPart(UriPartial.Authority);
        return new RecordedRequest(message.Method, url, headers, body, body.LongLength, RequestReader.ReadParts(contentType, body), message.ClientIP, origin + url);
    }

    internal RecordedRequest Capped(int cap)
    {
        if (Body.Length <= cap && Parts.All(p => p.Body.Length <= cap)) return this;
        return new RecordedRequest(Method, Url, Headers, Body.Length <= cap ? Body : Body.AsSpan(0, cap).ToArray(), BodySize,
            Parts.Select(p => p.Capped(cap)).ToList(), ClientIp, AbsoluteUrl);
    }

    private static Dictionary<string, IReadOnlyList<string>> ParseQuery(string query)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (query.Length == 0) return result;
        foreach (var pair in query.Split('&'))
        {
            if (pair.Length == 0) continue;
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Decode(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Decode(pair[(eq + 1)..]);
            if (result.TryGetValue(key, out var list)) ((List<string>)list).Add(value);
            else result[key] = new List<string> { value };
        }
        return result;

        static string Decode(string s) => Uri.UnescapeDataString(s.Replace('+', ' '));
    }
}
