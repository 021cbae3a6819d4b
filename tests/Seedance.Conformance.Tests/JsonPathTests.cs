using System.Text.Json.Nodes;
using Seedance.Conformance.Replay;

namespace Seedance.Conformance.Tests;

public class JsonPathTests
{
    private static readonly JsonNode Doc = JsonNode.Parse("""
        {"model":"m","content":[{"type":"text","text":"a cat"},{"type":"image_url","image_url":{"url":"https://i"}},{"type":"text","text":"b","role":"last"}],
         "params":{"ratio":"16:9","duration":5,"nested":{"ratio":"1:1"}},"empty":[],"nil":null}
        """)!;

    [Theory]
    [InlineData("$.model", "[\"m\"]")]
    [InlineData("$['model']", "[\"m\"]")]
    [InlineData("$.content[0].text", "[\"a cat\"]")]
    [InlineData("$.content[-1].text", "[\"b\"]")]
    [InlineData("$.content[*].type", "[\"text\",\"image_url\",\"text\"]")]
    [InlineData("$.content[0:2].type", "[\"text\",\"image_url\"]")]
    [InlineData("$..ratio", "[\"16:9\",\"1:1\"]")]
    [InlineData("$.content[?(@.type == 'text')].text", "[\"a cat\",\"b\"]")]
    [InlineData("$.content[?(@.role)].text", "[\"b\"]")]
    [InlineData("$.content[?(!@.role && @.type != 'image_url')].text", "[\"a cat\"]")]
    [InlineData("$.content[?(@.text =~ /A.*/i)].text", "[\"a cat\"]")]
    [InlineData("$.content[?(@.type in ['image_url'])].type", "[\"image_url\"]")]
    [InlineData("$.params[?(@.duration >= 5)].ratio", "[\"16:9\"]")]
    [InlineData("$.content.length()", "[3]")]
    [InlineData("$.missing", "[]")]
    [InlineData("$.nil", "[null]")]
    public void Evaluates_the_supported_subset(string path, string expected)
    {
        var result = new JsonArray(JsonPathExpression.Parse(path).Evaluate(Doc).Select(n => n?.DeepClone()).ToArray());
        Assert.Equal(expected, result.ToJsonString());
    }

    [Theory]
    [InlineData("$.a.b", true)]
    [InlineData("$.a[0]", true)]
    [InlineData("$.a[*]", false)]
    [InlineData("$..a", false)]
    [InlineData("$.a[?(@.x)]", false)]
    public void Knows_definite_paths(string path, bool definite) => Assert.Equal(definite, JsonPathExpression.Parse(path).IsDefinite);

    [Theory]
    [InlineData("$.a[")]
    [InlineData("$.a.min()")]
    [InlineData("nope[")]
    public void Rejects_what_it_does_not_support(string path) =>
        Assert.ThrowsAny<FormatException>(() => JsonPathExpression.Parse(path).Evaluate(Doc));

    [Fact]
    public void String_form_needs_a_non_empty_result()
    {
        Assert.Null(ValuePatternMatcher.Mismatch(StringValuePattern.JsonPath("$.content"), Doc.ToJsonString()));
        Assert.NotNull(ValuePatternMatcher.Mismatch(StringValuePattern.JsonPath("$.empty"), Doc.ToJsonString()));
        Assert.NotNull(ValuePatternMatcher.Mismatch(StringValuePattern.JsonPath("$.nil"), Doc.ToJsonString()));
        Assert.NotNull(ValuePatternMatcher.Mismatch(StringValuePattern.JsonPath("$.model"), "not json"));
    }

    [Fact]
    public void Object_form_serializes_round_trip_like_wiremock()
    {
        var p = StringValuePattern.JsonPath("$.model", StringValuePattern.Equal("m"));
        Assert.Equal("""{"matchesJsonPath":{"expression":"$.model","equalTo":"m"}}""", p.ToString());
        Assert.Null(ValuePatternMatcher.Mismatch(p, Doc.ToJsonString()));
    }

    [Fact]
    public void Json_equality_reports_where_documents_differ()
    {
        var diff = JsonEquality.Difference(JsonNode.Parse("""{"a":{"b":[1,{"c":"x"}]}}"""), JsonNode.Parse("""{"a":{"b":[1,{"c":"y"}]}}"""));
        Assert.Equal("$.a.b[1].c: expected \"x\", got \"y\"", diff);
        Assert.Null(JsonEquality.Difference(JsonNode.Parse("[1,[2,3]]"), JsonNode.Parse("[[3,2],1.0]"), ignoreArrayOrder: true));
        Assert.NotNull(JsonEquality.Difference(JsonNode.Parse("[1,1]"), JsonNode.Parse("[1,2]"), ignoreArrayOrder: true));
        Assert.Null(JsonEquality.Difference(JsonNode.Parse("[1]"), JsonNode.Parse("[1,2]"), ignoreExtraElements: true));
    }
}
