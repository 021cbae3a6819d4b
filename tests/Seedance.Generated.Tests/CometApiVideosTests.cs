using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Seedance.Generated.CometApiVideos.Models;
using Seedance.Generated.Tests.Support;

namespace Seedance.Generated.Tests;

/// <summary>specs/cometapi-videos.yaml: createVideo (multipart) and getVideo.</summary>
public sealed class CometApiVideosTests(ReplayFixture server) : WireTests(server), IClassFixture<ReplayFixture>
{
    private const string SpecId = "cometapi-videos";
    private static SpecOperation CreateVideo => SpecDocument.Load(SpecId).Operation("createVideo");
    private static SpecOperation GetVideo => SpecDocument.Load(SpecId).Operation("getVideo");

    public static TheoryData<string> CreateVideoExamples => SuccessExampleNames(SpecId, "createVideo");
    public static TheoryData<string> GetVideoExamples => SuccessExampleNames(SpecId, "getVideo");

    [Fact]
    [Covers("cometapi-videos/createVideo", Coverage.Request)]
    public async Task CreateVideo_sends_a_multipart_form_whose_boundary_delimits_named_text_parts_and_the_file()
    {
        var op = CreateVideo;
        Assert.Equal("multipart/form-data", op.RequestMediaType);
        var example = op.RequestExamples["success"];
        RespondWithSuccess(op);

        await Operations.Invoke(op, Wire.Adapter(Server), example, withFile: true);

        var request = Server.SingleRequest;
        AssertRequestLineAndHeaders(op, request);
        var contentType = MediaTypeHeaderValue.Parse(request.Header("Content-Type"));
        Assert.Equal("multipart/form-data", contentType.MediaType.Value);
        var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value;
        Assert.False(string.IsNullOrEmpty(boundary));

        // The boundary really delimits the body: it opens with the first delimiter and ends with the close delimiter.
        var raw = Encoding.Latin1.GetString(request.Body);
        Assert.StartsWith("--" + boundary + "\r\n", raw, StringComparison.Ordinal);
        Assert.Equal("--" + boundary + "--", raw.TrimEnd('\r', '\n')[^(boundary.Length + 4)..]);

        var parts = await ReadParts(boundary!, request.Body);
        var expectedNames = example.AsObject().Select(kv => kv.Key).Append("input_reference").Order(StringComparer.Ordinal);
        Assert.Equal(expectedNames, parts.Keys.Order(StringComparer.Ordinal));

        foreach (var (name, value) in example.AsObject())
        {
            var part = parts[name];
            Assert.Null(part.FileName);
            Assert.Equal("text/plain", part.ContentType);
            // Every field travels as its string form ("5", "16:9", "720p").
            Assert.Equal(Wire.FormText(value!), Encoding.UTF8.GetString(part.Body));
        }

        var file = parts["input_reference"];
        Assert.Equal("first frame.png", file.FileName);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal(Operations.FirstFrameBytes, file.Body);
    }

    [Fact]
    [Covers("cometapi-videos/createVideo", Coverage.Request)]
    public async Task CreateVideo_without_a_file_sends_only_the_example_fields()
    {
        var op = CreateVideo;
        var example = op.RequestExamples["success"];
        RespondWithSuccess(op);

        await Operations.Invoke(op, Wire.Adapter(Server), example, withFile: false);

        var request = Server.SingleRequest;
        AssertRequestLineAndHeaders(op, request);
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.Header("Content-Type")).Boundary).Value!;
        var parts = await ReadParts(boundary, request.Body);
        Assert.Equal(example.AsObject().Select(kv => kv.Key).Order(StringComparer.Ordinal), parts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("5", Encoding.UTF8.GetString(parts["seconds"].Body));
        Assert.Equal("16:9", Encoding.UTF8.GetString(parts["size"].Body));
    }

    [Theory]
    [MemberData(nameof(CreateVideoExamples))]
    [Covers("cometapi-videos/createVideo", Coverage.Parse)]
    public async Task CreateVideo_parses_the_documented_success_example(string name)
    {
        var video = await ParseSuccess<Video>(CreateVideo, name);
        switch (name)
        {
            case "success":
                Assert.Equal("task_abc123", video.Id);
                Assert.Equal("task_abc123", video.TaskId);
                Assert.Equal(VideoObject.Video, video.Object);
                Assert.Equal("doubao-seedance-2-0-fast", video.Model);
                Assert.Equal(VideoStatus.Submitted, video.Status);
                Assert.True(video.Status!.Value.IsKnown);
                Assert.Equal(0, video.Progress);
                Assert.Equal(1776681149L, video.CreatedAt);
                Assert.Null(video.CompletedAt);
                Assert.Null(video.VideoUrl);
                Assert.Null(video.Error);
                Assert.Empty(video.AdditionalData);
                break;
            default:
                UnknownExample(CreateVideo, name);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(GetVideoExamples))]
    [Covers("cometapi-videos/getVideo", Coverage.Parse)]
    public async Task GetVideo_parses_every_documented_lifecycle_example(string name)
    {
        var video = await ParseSuccess<Video>(GetVideo, name);
        Assert.Equal("task_abc123", video.Id);
        Assert.Equal("doubao-seedance-2-0-fast", video.Model);
        Assert.Equal(1776567610L, video.CreatedAt);
        Assert.True(video.Status!.Value.IsKnown);
        Assert.Empty(video.AdditionalData);
        switch (name)
        {
            case "submitted":
                Assert.Equal(VideoStatus.Submitted, video.Status);
                Assert.Equal(0, video.Progress);
                Assert.Null(video.CompletedAt);
                break;
            case "in-progress":
                Assert.Equal(VideoStatus.InProgress, video.Status);
                Assert.Equal("IN_PROGRESS", video.Status!.Value.Value);
                Assert.Equal(45, video.Progress);
                Assert.Null(video.CompletedAt);
                Assert.Null(video.VideoUrl);
                break;
            case "succeeded":
                Assert.Equal(VideoStatus.Success, video.Status);
                Assert.Equal(100, video.Progress);
                Assert.Equal(1776567702L, video.CompletedAt);
                Assert.Equal("https://example.cometapi.com/videos/task_abc123.mp4?expires=1776654102&signature=abc123", video.VideoUrl);
                Assert.Null(video.Error);
                break;
            case "failed":
                Assert.Equal(VideoStatus.Failed, video.Status);
                Assert.Equal(1776567655L, video.CompletedAt);
                Assert.Equal("OutputVideoSensitiveContentDetected", video.Error?.Code);
                Assert.Equal("The request failed because the output video may contain sensitive information.", video.Error?.Message);
                Assert.Null(video.VideoUrl);
                break;
            case "error":
                Assert.Equal(VideoStatus.Error, video.Status);
                Assert.Equal(0, video.Progress);
                Assert.Equal("internal_error", video.Error?.Code);
                Assert.Equal("upstream task failed unexpectedly", video.Error?.Message);
                break;
            default:
                UnknownExample(GetVideo, name);
                break;
        }
    }

    private sealed record Part(string? FileName, string? ContentType, byte[] Body);

    private static async Task<Dictionary<string, Part>> ReadParts(string boundary, byte[] body)
    {
        var reader = new MultipartReader(boundary, new MemoryStream(body));
        var parts = new Dictionary<string, Part>(StringComparer.Ordinal);
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            Assert.True(ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition), section.ContentDisposition);
            Assert.Equal("form-data", disposition!.DispositionType.Value);
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value!;
            var fileName = disposition.FileName.HasValue ? HeaderUtilities.RemoveQuotes(disposition.FileName).Value : null;
            using var buffer = new MemoryStream();
            await section.Body.CopyToAsync(buffer);
            Assert.True(parts.TryAdd(name, new Part(fileName, section.ContentType, buffer.ToArray())), $"part '{name}' sent twice");
        }
        return parts;
    }
}
