using Seedance.Contracts.Requests;
using Seedance.Contracts.Validation;

namespace Seedance.Contracts.Tests.Validation;

/// <summary>Small builders shared by the catalog, request and validation tests.</summary>
internal static class TestRequests
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0, 1];
    public static readonly byte[] Gif = "GIF89a\u0001\0\u0001\0\0\0"u8.ToArray();

    public static VideoRequest Request(string model, string prompt = "A paper lantern floats over a dark river.") =>
        new() { Model = model, Prompt = prompt };

    public static ImageInput Url(string name = "frame.png") => ImageInput.FromUrl($"https://example.com/{name}");

    public static ImageInput PngUpload() => ImageInput.FromStream(new MemoryStream(Png), "image/png", "frame.png");

    public static ImageInput JpegUpload() => ImageInput.FromStream(new MemoryStream(Jpeg), "image/jpeg", "frame.jpg");

    public static ImageInput GifUpload() => ImageInput.FromStream(new MemoryStream(Gif), "image/gif", "frame.gif");

    public static IReadOnlyList<ValidationProblem> Check(string provider, VideoRequest request) =>
        VideoRequestValidator.Validate(provider, request);

    public static void AssertValid(string provider, VideoRequest request)
    {
        var violations = Check(provider, request);
        Assert.True(violations.Count == 0, "expected no violations, got: " + string.Join(" | ", violations));
    }

    public static ValidationProblem AssertSingle(string provider, VideoRequest request, string rule)
    {
        var violations = Check(provider, request);
        Assert.True(violations.Count == 1, $"expected one '{rule}' violation, got: " + string.Join(" | ", violations));
        Assert.Equal(rule, violations[0].Rule);
        return violations[0];
    }
}
