using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Seedance.Generated.Tests.Support;

namespace Seedance.CrossGenerator.Tests;

/// <summary>
/// Compares two captured requests after normalizing what carries no meaning: JSON bodies are compared
/// as values (key order, whitespace, <c>5</c> vs <c>5.0</c>, and a null property vs a missing one do not
/// count, as neither client writes nulls), multipart bodies part by part ignoring the boundary and
/// part order, the content type without its boundary, the query as a sorted list of pairs.
/// </summary>
public static class RequestComparison
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Every difference, in a stable order; empty when the two requests mean the same.</summary>
    public static async Task<IReadOnlyList<WireDifference>> Compare(CapturedRequest ours, CapturedRequest kiota)
    {
        var differences = new List<WireDifference>();
        void Check(string aspect, string? o, string? k)
        {
            if (!string.Equals(o, k, StringComparison.Ordinal))
                differences.Add(new WireDifference(aspect, o ?? WireDifference.Absent, k ?? WireDifference.Absent));
        }

        Check("method", ours.Method, kiota.Method);
        var (ourPath, ourQuery) = SplitTarget(ours.RawTarget);
        var (kiotaPath, kiotaQuery) = SplitTarget(kiota.RawTarget);
        Check("path", ourPath, kiotaPath);
        Check("query", ourQuery, kiotaQuery);
        Check("header Accept", ours.Header("Accept"), kiota.Header("Accept"));
        var ourType = ContentType(ours.Header("Content-Type"));
        var kiotaType = ContentType(kiota.Header("Content-Type"));
        Check("content-type", ourType, kiotaType);
        if (ourType != kiotaType)
        {
            // Different kinds of body cannot be compared part by part; say only whether the bytes agree.
            if (!ours.Body.AsSpan().SequenceEqual(kiota.Body))
                differences.Add(new WireDifference("body", Preview(ours.Body), Preview(kiota.Body)));
            return differences;
        }

        if (ourType is not null && ourType.StartsWith("application/json", StringComparison.Ordinal))
            CompareJson(Wire.Json(ours.Body), Wire.Json(kiota.Body), "body $", differences);
        else if (ourType is not null && ourType.StartsWith("multipart/form-data", StringComparison.Ordinal))
            CompareParts(await Parts(ours), await Parts(kiota), differences);
        else
            Check("body", Preview(ours.Body), Preview(kiota.Body));
        return differences;
    }

    private static (string Path, string? Query) SplitTarget(string rawTarget)
    {
        var q = rawTarget.IndexOf('?', StringComparison.Ordinal);
        if (q < 0) return (rawTarget, null);
        // Pairs sorted, so only names and values count, not their order.
        var pairs = rawTarget[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        return (rawTarget[..q], string.Join("&", pairs));
    }

    /// <summary>Media type and parameters in lower case, sorted, without the boundary (each client picks its own).</summary>
    private static string? ContentType(string? header)
    {
        if (header is null) return null;
        var parsed = MediaTypeHeaderValue.Parse(header);
        var parameters = parsed.Parameters
            .Where(p => !p.Name.Equals("boundary", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Name.Value!.ToLowerInvariant() + "=" + HeaderUtilities.RemoveQuotes(p.Value).Value)
            .Order(StringComparer.Ordinal);
        return string.Join("; ", parameters.Prepend(parsed.MediaType.Value!.ToLowerInvariant()));
    }

    private static void CompareJson(JsonNode? ours, JsonNode? kiota, string path, List<WireDifference> differences)
    {
        switch (ours, kiota)
        {
            case (null, null):
                return;
            case (JsonObject o, JsonObject k):
                var keys = o.Where(kv => kv.Value is not null).Select(kv => kv.Key)
                    .Union(k.Where(kv => kv.Value is not null).Select(kv => kv.Key))
                    .Order(StringComparer.Ordinal);
                foreach (var key in keys)
                    CompareJson(o[key], k[key], path + "." + key, differences);
                return;
            case (JsonArray o, JsonArray k) when o.Count == k.Count:
                for (var i = 0; i < o.Count; i++)
                    CompareJson(o[i], k[i], $"{path}[{i}]", differences);
                return;
            // DeepEquals compares numbers by value (5 and 5.0 agree); a string "5" is not the number 5.
            case (JsonValue o, JsonValue k) when JsonNode.DeepEquals(o, k):
                return;
            default:
                differences.Add(new WireDifference(path, ours?.ToJsonString() ?? WireDifference.Absent, kiota?.ToJsonString() ?? WireDifference.Absent));
                return;
        }
    }

    private sealed record Part(string? FileName, string? ContentType, byte[] Body);

    private static async Task<SortedDictionary<string, Part>> Parts(CapturedRequest request)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.Header("Content-Type")).Boundary).Value!;
        var reader = new MultipartReader(boundary, new MemoryStream(request.Body));
        var parts = new SortedDictionary<string, Part>(StringComparer.Ordinal);
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var buffer = new MemoryStream();
            await section.Body.CopyToAsync(buffer);
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value!;
            Assert.True(parts.TryAdd(name, new Part(HeaderUtilities.RemoveQuotes(disposition.FileName).Value, ContentType(section.ContentType), buffer.ToArray())),
                $"part '{name}' sent twice");
        }
        return parts;
    }

    private static void CompareParts(SortedDictionary<string, Part> ours, SortedDictionary<string, Part> kiota, List<WireDifference> differences)
    {
        foreach (var name in ours.Keys.Union(kiota.Keys).Order(StringComparer.Ordinal))
        {
            ours.TryGetValue(name, out var o);
            kiota.TryGetValue(name, out var k);
            if (o is null || k is null)
            {
                differences.Add(new WireDifference($"part {name}", o is null ? WireDifference.Absent : "sent", k is null ? WireDifference.Absent : "sent"));
                continue;
            }
            if (o.FileName != k.FileName)
                differences.Add(new WireDifference($"part {name} filename", o.FileName ?? WireDifference.Absent, k.FileName ?? WireDifference.Absent));
            if (o.ContentType != k.ContentType)
                differences.Add(new WireDifference($"part {name} content-type", o.ContentType ?? WireDifference.Absent, k.ContentType ?? WireDifference.Absent));
            if (!o.Body.AsSpan().SequenceEqual(k.Body))
                differences.Add(new WireDifference($"part {name} value", Preview(o.Body), Preview(k.Body)));
        }
    }

    /// <summary>Body bytes as text for a message (binary shown as hex), cut at 200 characters.</summary>
    private static string Preview(byte[] body)
    {
        if (body.Length == 0) return "(empty)";
        string text;
        try
        {
            text = s_strictUtf8.GetString(body);
            if (text.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'))) text = Convert.ToHexString(body);
        }
        catch (DecoderFallbackException)
        {
            text = Convert.ToHexString(body);
        }
        return text.Length <= 200 ? text : text[..200] + "…";
    }
}
