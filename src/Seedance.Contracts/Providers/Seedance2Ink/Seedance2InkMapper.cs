using Seedance.Contracts.Catalog;
using Seedance.Contracts.Quirks;
using Seedance.Generated.Seedance2Ink.Models;

namespace Seedance.Contracts.Providers.Seedance2Ink;

/// <summary>Maps the neutral request onto Seedance2.ink's camelCase body and its replies onto <see cref="VideoJobStatus"/>.</summary>
internal static class Seedance2InkMapper
{
    private const string Provider = ProviderId.Seedance2Ink;

    /// <summary>
    /// First frame, then last frame, then the extra media: the provider infers each image's role from
    /// the count (one image = first frame, two = first and last), so the order is the contract.
    /// </summary>
    public static CreateGenerationRequest ToCreateRequest(VideoRequest request)
    {
        var media = new List<string>();
        if (request.FirstFrame?.Url is { } first) media.Add(first.AbsoluteUri);
        if (request.LastFrame?.Url is { } last) media.Add(last.AbsoluteUri);
        media.AddRange(request.MediaUrls.Select(u => u.AbsoluteUri));
        return new CreateGenerationRequest
        {
            Model = new GenerationModel(request.Model),
            Prompt = request.Prompt,
            AspectRatio = request.AspectRatio is { } ratio ? (AspectRatio?)new AspectRatio(ratio) : null,
            Duration = request.Duration,
            Resolution = request.Resolution is { } resolution ? (Resolution?)new Resolution(resolution) : null,
            WebhookUrl = request.CallbackUrl?.AbsoluteUri,
            MediaUrls = media.Count > 0 ? media : null,
            Metadata = request.ProviderOptions is Seedance2InkRequestOptions { Metadata: { } metadata } ? UntypedJson.From(metadata) : null,
        };
    }

    public static VideoJobStatus FromCreate(string jobId, CreateGenerationResponse response) =>
        new(jobId, Provider, StatusVocabulary.Normalize(Provider, response.Status?.Value), response.Status?.Value)
        {
            CreditsCharged = response.CreditsCharged,
        };

    public static VideoJobStatus FromGeneration(string jobId, Generation generation, TimeSpan? retryAfter) =>
        new(generation.RequestId ?? jobId, Provider, StatusVocabulary.Normalize(Provider, generation.Status?.Value), generation.Status?.Value,
            Progress: null,
            VideoUrl: ProviderMapping.Url(generation.Output?.Url),
            Error: ProviderMapping.Error(generation.Error?.Code, generation.Error?.Message))
        {
            RetryAfter = retryAfter,
        };

    public static VideoJobStatus FromCancel(string jobId, CancelGenerationResponse response) =>
        new(response.RequestId ?? jobId, Provider, StatusVocabulary.Normalize(Provider, response.Status?.Value), response.Status?.Value);
}
