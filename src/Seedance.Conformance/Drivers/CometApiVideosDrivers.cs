using System.Globalization;
using Seedance.Conformance.Scenarios;
using Seedance.Contracts.Http;
using Seedance.Generated.CometApiVideos;
using Seedance.Generated.CometApiVideos.Models;

namespace Seedance.Conformance.Drivers;

/// <summary><c>cometapi-videos/createVideo</c>: the multipart create, built field by field from the form example.</summary>
internal sealed class CometApiVideosCreateVideoDriver : OperationDriver<Video>
{
    /// <inheritdoc />
    public override string Provider => "cometapi-videos";

    /// <inheritdoc />
    public override string OperationId => "createVideo";

    /// <inheritdoc />
    protected override Task<Video?> CallAsync(SeedancePipeline pipeline, ScenarioRequest request, CancellationToken cancellationToken)
    {
        var form = request.Form ?? throw new InvalidOperationException("createVideo needs a form");
        // JSON examples go through Kiota's parser; a multipart body has no parser, so it is built explicitly.
        var body = new CreateVideoMultipartBody
        {
            Prompt = form.GetValueOrDefault("prompt"),
            Model = form.TryGetValue("model", out var model) ? new VideoModel(model) : (VideoModel?)null,
            Seconds = form.TryGetValue("seconds", out var seconds) ? int.Parse(seconds, CultureInfo.InvariantCulture) : null,
            Size = form.TryGetValue("size", out var size) ? new VideoSize(size) : (VideoSize?)null,
            Resolution = form.TryGetValue("resolution", out var resolution) ? new VideoResolution(resolution) : (VideoResolution?)null,
        };
        var client = new CometApiVideosClient(pipeline.RequestAdapter);
        return pipeline.Call.InvokeAsync(RequestSafety.Create, (scope, ct) => client.V1.Videos.PostAsync(body, scope.Apply, ct), cancellationToken);
    }

    /// <inheritdoc />
    protected override object? Project(Video result, string path) => CometApiVideosProjection.Project(result, path);
}

/// <summary><c>cometapi-videos/getVideo</c>.</summary>
internal sealed class CometApiVideosGetVideoDriver : OperationDriver<Video>
{
    /// <inheritdoc />
    public override string Provider => "cometapi-videos";

    /// <inheritdoc />
    public override string OperationId => "getVideo";

    /// <inheritdoc />
    protected override Task<Video?> CallAsync(SeedancePipeline pipeline, ScenarioRequest request, CancellationToken cancellationToken)
    {
        var client = new CometApiVideosClient(pipeline.RequestAdapter);
        var id = request.PathValue("id", "task_abc123");
        return pipeline.Call.InvokeAsync((scope, ct) => client.V1.Videos[id].GetAsync(scope.Apply, ct), cancellationToken);
    }

    /// <inheritdoc />
    protected override object? Project(Video result, string path) => CometApiVideosProjection.Project(result, path);
}

/// <summary>Key values of a CometAPI video.</summary>
internal static class CometApiVideosProjection
{
    public static object? Project(Video v, string path) => path switch
    {
        "id" => v.Id,
        "status" => v.Status?.Value,
        "progress" => v.Progress,
        "model" => v.Model,
        "video_url" => v.VideoUrl,
        "completed_at" => v.CompletedAt,
        "error.code" => v.Error?.Code,
        "error.message" => v.Error?.Message,
        _ => NotProjected.Value,
    };
}
