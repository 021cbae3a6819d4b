using Seedance.Contracts.Prompt;
using Seedance.Contracts.Validation;
using Seedance.Generated.AceDataSeedance.Models;

namespace Seedance.Contracts.Providers.AceDataSeedance;

/// <summary>Maps the neutral request onto AceData's body: top-level fields (AceData recommends them over text flags) plus <c>content[]</c>.</summary>
internal static class AceDataSeedanceMapper
{
    /// <summary>
    /// The settings go into AceData's top-level fields, which AceData validates strictly (its inline flags are
    /// "weak validation, defaults will be used if filled incorrectly"). The frame rate has no top-level field,
    /// so it alone is written as <c>--fps</c> after the prompt when the prompt does not set it already. Text
    /// flags the user typed stay in the text; the validator has refused any that contradict a field.
    /// </summary>
    public static async Task<CreateVideoRequest> ToCreateRequestAsync(ValidatedRequest valid, bool blocking, CancellationToken cancellationToken)
    {
        var request = valid.Request;
        var fps = ProviderMapping.FieldsNotInText(valid).FramesPerSecond;
        var text = fps is null ? request.Prompt : PromptText.Render(request.Prompt, new PromptFlags { FramesPerSecond = fps });
        var content = new List<ContentItem> { new TextContent { Type = TextContentType.Text, Text = text } };
        if (request.FirstFrame is { } first) content.Add(await ImageAsync(first, ImageRole.FirstFrame, cancellationToken).ConfigureAwait(false));
        if (request.LastFrame is { } last) content.Add(await ImageAsync(last, ImageRole.LastFrame, cancellationToken).ConfigureAwait(false));
        foreach (var reference in request.ReferenceImages)
        {
            content.Add(await ImageAsync(reference, ImageRole.ReferenceImage, cancellationToken).ConfigureAwait(false));
        }

        var only = request.ProviderOptions as AceDataSeedanceRequestOptions;
        return new CreateVideoRequest
        {
            Model = new VideoModel(request.Model),
            Content = content,
            Resolution = request.Resolution is { } resolution ? (VideoResolution?)new VideoResolution(resolution) : null,
            Ratio = request.AspectRatio is { } ratio ? (VideoRatio?)new VideoRatio(ratio) : null,
            Duration = request.Duration,
            Frames = request.Frames,
            Seed = request.Seed,
            Camerafixed = request.CameraFixed,
            Watermark = request.Watermark,
            GenerateAudio = request.GenerateAudio,
            CallbackUrl = request.CallbackUrl?.AbsoluteUri,
            // A callback already makes the call return at once; async is only needed without one.
            Async = !blocking && request.CallbackUrl is null ? true : null,
            ServiceTier = request.ServiceTier is { } tier ? (ServiceTier?)new ServiceTier(tier) : null,
            ExecutionExpiresAfter = request.ExecutionExpiresAfter,
            ReturnLastFrame = only?.ReturnLastFrame,
            OutputFormat = only?.OutputFormat is { } format ? (OutputFormat?)new OutputFormat(format) : null,
            OmniReferenceTaskType = only?.OmniReferenceTaskType is { } kind ? (OmniReferenceTaskType?)new OmniReferenceTaskType(kind) : null,
            Priority = only?.Priority,
            SafetyIdentifier = only?.SafetyIdentifier,
        };
    }

    private static async Task<ContentItem> ImageAsync(ImageInput image, ImageRole role, CancellationToken cancellationToken) =>
        new ImageUrlContent
        {
            Type = ImageUrlContentType.ImageUrl,
            ImageUrl = new MediaUrl { Url = await ProviderMapping.ImageUrlAsync(image, cancellationToken).ConfigureAwait(false) },
            Role = role,
        };
}
