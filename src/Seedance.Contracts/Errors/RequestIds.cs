using System.Text.RegularExpressions;

namespace Seedance.Contracts.Errors;

/// <summary>Finds a provider request id in headers or in free text.</summary>
internal static partial class RequestIds
{
    /// <summary>Headers that carry a request id, in order of preference (Ark and CometAPI use <c>x-request-id</c>; Volcengine gateways add <c>x-tt-logid</c>).</summary>
    public static IReadOnlyList<string> HeaderNames { get; } = ["x-request-id", "x-tt-logid", "x-trace-id", "request-id"];

    /// <summary>The first non-empty request id header, or null.</summary>
    public static string? FromHeaders(IReadOnlyDictionary<string, IReadOnlyList<string>>? headers)
    {
        if (headers is null) return null;
        foreach (var name in HeaderNames)
        {
            if (headers.TryGetValue(name, out var values) && values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) is { } id
                && id != Http.Redactor.Placeholder)
                return id.Trim();
        }
        return null;
    }

    /// <summary>
    /// A request id written into a message: <c>(request id: X)</c> (CometAPI), <c>Request id:X</c>,
    /// <c>Request ID: X</c>, <c>Requestid: X</c> (Ark). Null when there is none.
    /// </summary>
    public static string? FromText(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var match = InText().Match(text);
        return match.Success ? match.Groups["id"].Value : null;
    }

    [GeneratedRegex(@"request[ _-]?id\s*[:：=]?\s*(?<id>[A-Za-z0-9][A-Za-z0-9._\-]{2,})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InText();
}
