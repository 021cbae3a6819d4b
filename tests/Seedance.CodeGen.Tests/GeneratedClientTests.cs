using System.Net;
using System.Text;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Serialization.Json;
using Seedance.Generated.CometApiVideos;
using Seedance.Generated.CometApiVideos.Models;
using Seedance.Generated.Runtime;

namespace Seedance.CodeGen.Tests;

/// <summary>Runtime behaviour of the clients generated from the real specs (compiled into Seedance.Generated).</summary>
public class GeneratedClientTests
{
    private sealed class StubHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public HttpRequestMessage? Request { get; private set; }
        public string? RequestBody { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            RequestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }

    private static (CometApiVideosClient Client, StubHandler Handler) Client(HttpStatusCode status = HttpStatusCode.OK, string body = "{}")
    {
        var handler = new StubHandler(status, body);
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: new HttpClient(handler));
        return (new CometApiVideosClient(adapter), handler);
    }

    private static T Parse<T>(string json, ParsableFactory<T> factory) where T : IParsable
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return new JsonParseNode(document.RootElement.Clone()).GetObjectValue(factory);
    }

    private static string Write(IParsable value)
    {
        using var writer = new JsonSerializationWriter();
        writer.WriteObjectValue(null, value);
        using var reader = new StreamReader(writer.GetSerializedContent());
        return reader.ReadToEnd();
    }

    [Fact]
    public void Base_url_comes_from_the_spec_and_path_parameters_are_escaped()
    {
        var (client, _) = Client();
        var info = client.V1.Videos["a/b?c#d"].ToGetRequestInformation();
        Assert.Equal("https://api.cometapi.com/v1/videos/a%2Fb%3Fc%23d", info.URI.ToString());
        Assert.Throws<ArgumentException>(() => client.V1.Videos[".."]);
        Assert.Throws<ArgumentException>(() => client.V1.Videos["."]);
        Assert.Throws<ArgumentException>(() => client.V1.Videos[""]);
    }

    [Fact]
    public void Unknown_enum_values_fields_and_mistyped_values_survive()
    {
        const string json = """{"id":"task_1","object":"video","model":"m","status":"CANCELLED","progress":"fifty","created_at":1776681149,"brand_new":{"x":[1,2]}}""";
        var video = Parse(json, Video.CreateFromDiscriminatorValue);
        Assert.Equal("CANCELLED", video.Status!.Value.Value);
        Assert.False(video.Status.Value.IsKnown);
        Assert.Null(video.Progress);
        Assert.Equal(1776681149L, video.CreatedAt);
        Assert.True(video.AdditionalData.ContainsKey("brand_new"));
        Assert.True(video.AdditionalData.ContainsKey("progress"));
        var written = Write(video);
        Assert.Contains("\"status\":\"CANCELLED\"", written);
        Assert.Contains("\"progress\":\"fifty\"", written);
        Assert.Contains("\"brand_new\":{\"x\":[1,2]}", written);
    }

    [Theory]
    [InlineData("50.5")]
    [InlineData("1e400")]
    [InlineData("99999999999999999999")]
    [InlineData("true")]
    [InlineData("[1]")]
    [InlineData("{\"a\":1}")]
    public void Mistyped_integers_do_not_throw(string value)
    {
        var video = Parse($$"""{"id":"t","progress":{{value}}}""", Video.CreateFromDiscriminatorValue);
        Assert.Null(video.Progress);
        Assert.Equal("t", video.Id);
    }

    [Fact]
    public void Extensible_enum_semantics()
    {
        VideoStatus unknown = "PAUSED";
        Assert.False(unknown.IsKnown);
        Assert.Equal(new VideoStatus("PAUSED"), unknown);
        Assert.True(new VideoStatus("SUCCESS").IsKnown);
        Assert.Equal(VideoStatus.Success, new VideoStatus("SUCCESS"));
        Assert.Equal("SUCCESS", VideoStatus.Success.ToString());
        Assert.Contains(VideoResolution.P720, VideoResolution.KnownValues);
        Assert.Equal("16:9", VideoSize.Ratio16x9.Value);
    }

    [Fact]
    public void Error_oneOf_picks_the_shape_by_required_properties()
    {
        var envelope = Parse("""{"error":{"message":"bad","code":"invalid_request"}}""", CometError.CreateFromDiscriminatorValue);
        Assert.NotNull(envelope.CometErrorEnvelope);
        Assert.Equal("invalid_request", envelope.ProviderErrorCode);
        Assert.Equal("bad", envelope.ProviderErrorMessage);
        var flat = Parse("""{"code":"InvalidParameter","message":"duration","data":null}""", CometError.CreateFromDiscriminatorValue);
        Assert.NotNull(flat.CometTaskError);
        Assert.Equal("InvalidParameter", flat.ProviderErrorCode);
        var neither = Parse("""[1,2]""", CometError.CreateFromDiscriminatorValue);
        Assert.NotNull(neither.Unknown);
    }

    [Fact]
    public async Task Error_responses_throw_the_mapped_error_model()
    {
        var (client, _) = Client(HttpStatusCode.Unauthorized, """{"error":{"message":"Invalid token","type":"comet_api_error","code":"invalid_token"}}""");
        var ex = await Assert.ThrowsAsync<CometError>(() => client.V1.Videos["task_1"].GetAsync());
        Assert.Equal(401, ex.ResponseStatusCode);
        Assert.Equal("invalid_token", ex.ProviderErrorCode);
        Assert.Equal("HTTP 401 invalid_token: Invalid token", ex.Message);
        Assert.IsAssignableFrom<IProviderError>(ex);
    }

    [Fact]
    public async Task Multipart_create_sends_named_parts_with_file_name_and_content_type()
    {
        var (client, handler) = Client(HttpStatusCode.OK, """{"id":"task_1","object":"video","model":"doubao-seedance-2-0","status":"SUBMITTED","progress":0,"created_at":1}""");
        var body = new CreateVideoMultipartBody
        {
            Prompt = "a cat",
            Model = VideoModel.DoubaoSeedance20,
            Seconds = 5,
            Size = VideoSize.Ratio16x9,
            InputReference = new MultipartFile(new MemoryStream(Encoding.UTF8.GetBytes("PNGDATA")), "first.png", "image/png"),
        };
        var video = await client.V1.Videos.PostAsync(body);
        Assert.Equal("task_1", video!.Id);
        Assert.Equal(VideoStatus.Submitted, video.Status);
        var contentType = handler.Request!.Content!.Headers.ContentType!;
        Assert.Equal("multipart/form-data", contentType.MediaType);
        Assert.Contains(contentType.Parameters, p => p.Name == "boundary");
        var sent = handler.RequestBody!;
        Assert.Contains("Content-Disposition: form-data; name=\"prompt\"", sent);
        Assert.Contains("a cat", sent);
        Assert.Contains("Content-Disposition: form-data; name=\"seconds\"", sent);
        Assert.Contains("Content-Disposition: form-data; name=\"input_reference\"; filename=\"first.png\"", sent);
        Assert.Contains("Content-Type: image/png", sent);
        Assert.Contains("PNGDATA", sent);
        Assert.Contains("16:9", sent);
    }

    [Fact]
    public void Request_validation_reports_spec_violations()
    {
        var body = new CreateVideoMultipartBody
        {
            Model = "doubao-seedance-9",
            Seconds = 20,
            InputReference = new MultipartFile(Stream.Null, "x.gif", "image/gif"),
        };
        var violations = new List<SpecViolation>();
        body.CollectViolations(violations);
        Assert.Contains(violations, v => v is { Field: "prompt", Value: null, Allowed: "required" });
        Assert.Contains(violations, v => v is { Field: "seconds", Value: "20", Allowed: "2..15" });
        Assert.Contains(violations, v => v.Field == "model" && v.Value == "doubao-seedance-9" && v.Allowed.StartsWith("one of ", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Field == "input_reference" && v.Value == "image/gif");
    }
}
