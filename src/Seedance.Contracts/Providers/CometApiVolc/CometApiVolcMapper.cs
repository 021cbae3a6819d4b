using Seedance.Contracts.Catalog;
using Seedance.Contracts.Prompt;
using Seedance.Contracts.Quirks;
using Seedance.Contracts.Validation;
using Seedance.Generated.CometApiVolc.Models;

namespace Seedance.Contracts.Providers.CometApiVolc;

/// <summary>Maps the neutral request onto the Ark-style <c>content[]</c> and Ark's task object onto <see cref="VideoJobStatus"/>.</summary>
internal static class CometApiVolcMapper
{
    private const string Provider = ProviderId.CometApiVolc;

    /// <summary>
    /// The route documents only <c>model</c>, <c>content</c> and <c>callback_url</c> (seed:002), so every
    /// generation setting travels as an Ark text command after the prompt, in Ark's long spelling as in
    /// CometAPI's sample (<c>--duration 5 --ratio 16:9</c>). Settings the user already typed are kept as
    /// typed and not repeated (the validator refused contradicting values). Images follow the text, each
    /// with its role.
    /// </summary>
    public static async Task<CreateTaskRequest> ToCreateRequestAsync(ValidatedRequest valid, CancellationToken cancellationToken)
    {
        var request = valid.Request;
        var content = new List<ContentItem>
        {
            new TextContent { Type = TextContentType.Text, Text = PromptText.Render(request.Prompt, ProviderMapping.FieldsNotInText(valid), PromptFlagStyle.Long) },
        };
        if (request.FirstFrame is { } first) content.Add(await ImageAsync(first, ImageRole.FirstFrame, cancellationToken).ConfigureAwait(false));
        if (request.LastFrame is { } last) content.Add(await ImageAsync(last, ImageRole.LastFrame, cancellationToken).ConfigureAwait(false));
        foreach (var reference in request.ReferenceImages)
        {
            content.Add(await ImageAsync(reference, ImageRole.ReferenceImage, cancellationToken).ConfigureAwait(false));
        }

        return new CreateTaskRequest { Model = request.Model, Content = content, CallbackUrl = request.CallbackUrl?.AbsoluteUri };
    }

    public static VideoJobStatus ToStatus(string jobId, ArkTask task, TimeSpan? retryAfter)
    {
        var raw = task.Status?.Value;
        return new VideoJobStatus(
            task.Id ?? jobId,
            Provider,
            StatusVocabulary.Normalize(Provider, raw),
            raw,
            Progress: null,
            VideoUrl: ProviderMapping.Url(task.Content?.VideoUrl),
            Error: ProviderMapping.Error(task.Error?.Code, task.Error?.Message))
        {
            LastFrameUrl = ProviderMapping.Url(task.Content?.LastFrameUrl),
            RetryAfter = retryAfter,
            Usage = task.Usage is { } usage ? new VideoJobUsage(usage.CompletionTokens, usage.TotalTokens) : null,
        };
    }

    private static async Task<ContentItem> ImageAsync(ImageInput image, ImageRole role, CancellationToken cancellationToken) =>
        new ImageUrlContent
        {
            Type = ImageUrlContentType.ImageUrl,
            ImageUrl = new ImageUrl { Url = await ProviderMapping.ImageUrlAsync(image, cancellationToken).ConfigureAwait(false) },
            Role = role,
        };
}
