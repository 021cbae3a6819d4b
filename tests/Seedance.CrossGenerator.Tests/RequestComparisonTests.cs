using System.Text;
using Seedance.Generated.Tests.Support;

namespace Seedance.CrossGenerator.Tests;

/// <summary>The normalization ignores what carries no meaning and still reports every real difference.</summary>
public sealed class RequestComparisonTests
{
    private static CapturedRequest Request(string body, string contentType = "application/json", string target = "/v1/x", string method = "POST") =>
        new(method, target, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = contentType, ["Accept"] = "application/json" },
            Encoding.UTF8.GetBytes(body));

    private static string Multipart(string boundary, params (string Name, string? FileName, string Type, string Value)[] parts)
    {
        var sb = new StringBuilder();
        foreach (var (name, fileName, type, value) in parts)
        {
            sb.Append("--").Append(boundary).Append("\r\n")
              .Append("Content-Disposition: form-data; name=\"").Append(name).Append('"')
              .Append(fileName is null ? "" : $"; filename=\"{fileName}\"").Append("\r\n")
              .Append("Content-Type: ").Append(type).Append("\r\n\r\n").Append(value).Append("\r\n");
        }
        return sb.Append("--").Append(boundary).Append("--\r\n").ToString();
    }

    [Fact]
    public async Task Json_order_whitespace_number_form_and_nulls_do_not_count()
    {
        var differences = await RequestComparison.Compare(
            Request("""{"a":5,"b":{"c":"16:9","d":[1,2]},"e":null}"""),
            Request("""{ "b": { "d": [1.0, 2], "c": "16:9" }, "a": 5.0 }"""));
        Assert.Empty(differences);
    }

    [Fact]
    public async Task Json_value_kind_missing_key_and_array_length_count()
    {
        var differences = await RequestComparison.Compare(
            Request("""{"a":5,"b":"x","c":[1],"d":true}"""),
            Request("""{"a":"5","b":"x","c":[1,2],"e":0}"""));
        Assert.Equal(
            ["body $.a: ours 5, Kiota \"5\"", "body $.c: ours [1], Kiota [1,2]", "body $.d: ours true, Kiota (absent)", "body $.e: ours (absent), Kiota 0"],
            differences.Select(d => d.ToString()));
    }

    [Fact]
    public async Task Request_line_query_order_and_content_type_parameters()
    {
        Assert.Empty(await RequestComparison.Compare(Request("{}", target: "/v1/x?a=1&b=2"), Request("{}", "application/json", "/v1/x?b=2&a=1")));
        var differences = await RequestComparison.Compare(
            Request("{}", "application/json", "/v1/x%2Fy?a=1"),
            Request("{}", "application/json; charset=utf-8", "/v1/x/y?a=2", "PUT"));
        Assert.Equal(["method", "path", "query", "content-type"], differences.Select(d => d.Aspect));
    }

    [Fact]
    public async Task Multipart_boundary_and_part_order_do_not_count_but_part_content_does()
    {
        var ours = Multipart("b1", ("prompt", null, "text/plain", "hi"), ("size", null, "text/plain", "16:9"), ("file", "a.png", "image/png", "PNG"));
        var same = Multipart("other-boundary", ("size", null, "text/plain", "16:9"), ("file", "a.png", "image/png", "PNG"), ("prompt", null, "text/plain", "hi"));
        Assert.Empty(await RequestComparison.Compare(
            Request(ours, "multipart/form-data; boundary=b1"), Request(same, "multipart/form-data; boundary=\"other-boundary\"")));

        var other = Multipart("b2", ("prompt", null, "text/plain", "hi"), ("size", null, "text/plain", "_169"), ("file", "b.png", "text/plain", "PNG"), ("extra", null, "text/plain", "1"));
        var differences = await RequestComparison.Compare(Request(ours, "multipart/form-data; boundary=b1"), Request(other, "multipart/form-data; boundary=b2"));
        Assert.Equal(
            ["part extra: ours (absent), Kiota sent", "part file filename: ours a.png, Kiota b.png", "part file content-type: ours image/png, Kiota text/plain", "part size value: ours 16:9, Kiota _169"],
            differences.Select(d => d.ToString()));
    }
}
