namespace Seedance.Conformance.Drivers;

/// <summary>One request and its response as they crossed the wire (headers unredacted; never printed as is).</summary>
/// <param name="Method">The request method.</param>
/// <param name="Url">The request URL.</param>
/// <param name="RequestHeaders">Request and request-content headers.</param>
/// <param name="RequestBody">The request body bytes, if any.</param>
/// <param name="RequestContentType">The request content type, if any.</param>
/// <param name="Status">The response status.</param>
/// <param name="ResponseHeaders">Response and response-content headers.</param>
/// <param name="ResponseBody">The response body text.</param>
internal sealed record RecordedExchange(
    string Method,
    Uri Url,
    IReadOnlyList<KeyValuePair<string, string>> RequestHeaders,
    byte[]? RequestBody,
    string? RequestContentType,
    int Status,
    IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders,
    string ResponseBody)
{
    /// <summary>The first value of a response header, or null.</summary>
    public string? ResponseHeader(string name) =>
        ResponseHeaders.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
