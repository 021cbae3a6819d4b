using Seedance.Contracts.Catalog;
using Seedance.Contracts.Quirks;
using Seedance.Generated.CometApiVideos.Models;
using Seedance.Generated.Runtime;

namespace Seedance.Contracts.Providers.CometApiVideos;

/// <summary>Maps the neutral request onto CometAPI's multipart form and its <c>Video</c> object onto <see cref="VideoJobStatus"/>.</summary>
internal static class CometApiVideosMapper
{
    private const string Provider = ProviderId.CometApiVideos;

    /// <summary>
    /// <c>seconds</c> is the duration, <c>size</c> the aspect ratio (not pixels, unlike OpenAI), and the first
    /// frame is the <c>input_reference</c> file part: the route takes no image URL, which the validator
    /// has already refused (rule <c>image-source</c>).
    /// </summary>
    public static CreateVideoMultipartBody ToCreateBody(VideoRequest request) => new()
    {
        Prompt = request.Prompt,
        Model = new VideoModel(request.Model),
        Seconds = request.Duration,
        Size = request.AspectRatio is { } ratio ? (VideoSize?)new VideoSize(ratio) : null,
        Resolution = request.Resolution is { } resolution ? (VideoResolution?)new VideoResolution(resolution) : null,
        InputReference = request.FirstFrame is { Content: { } content } image
            ? new MultipartFile(content, image.FileName ?? "first-frame", image.ContentType ?? "application/octet-stream")
            : null,
    };

    public static VideoJobStatus ToStatus(string? knownId, Video video, TimeSpan? retryAfter)
    {
        var raw = video.Status?.Value;
        return new VideoJobStatus(
            CometTaskIdAlias.Resolve(video.Id, video.TaskId) ?? knownId ?? string.Empty,
            Provider,
            StatusVocabulary.Normalize(Provider, raw),
            raw,
            Progress: video.Progress,
            VideoUrl: ProviderMapping.Url(video.VideoUrl),
            Error: ProviderMapping.Error(video.Error?.Code, video.Error?.Message))
        {
            RetryAfter = retryAfter,
        };
    }
}
