using Seedance.Contracts.Prompt;
using Seedance.Contracts.Validation;

namespace Seedance.Contracts.Providers;

/// <summary>Small conversions the provider mappers share.</summary>
internal static class ProviderMapping
{
    /// <summary>An absolute URL from a provider's string, or null when it is missing or not a URL (the raw body still has it).</summary>
    public static Uri? Url(string? value) =>
        !string.IsNullOrWhiteSpace(value) && Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) ? uri : null;

    /// <summary>A failure from a provider's code and message; null when it gave neither.</summary>
    public static VideoJobError? Error(string? code, string? message)
    {
        code = string.IsNullOrWhiteSpace(code) ? null : code;
        message = string.IsNullOrWhiteSpace(message) ? null : message;
        return code is null && message is null ? null : new VideoJobError(code, message);
    }

    /// <summary>
    /// The image as the string an <c>image_url.url</c> takes: the URL itself, or a
    /// <c>data:image/...;base64,</c> URL built from uploaded content (images are a few megabytes at most,
    /// so reading them into memory is fine; videos never go through here).
    /// </summary>
    public static async Task<string> ImageUrlAsync(ImageInput image, CancellationToken cancellationToken)
    {
        if (image.Url is { } url) return url.AbsoluteUri;
        var content = image.Content ?? throw new InvalidOperationException("An image has neither a URL nor content.");
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return $"data:{image.ContentType};base64,{Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length)}";
    }

    /// <summary>
    /// The request's flag-shaped fields that the prompt text does not already set. The validator has
    /// already refused conflicting values, so a setting present in both places has the same value and
    /// is written once, as the user typed it.
    /// </summary>
    public static PromptFlags FieldsNotInText(ValidatedRequest request)
    {
        var text = request.TextFlags;
        var fields = PromptFlags.FromRequest(request.Request);
        return new PromptFlags
        {
            Resolution = text.Resolution is null ? fields.Resolution : null,
            Ratio = text.Ratio is null ? fields.Ratio : null,
            Duration = text.Duration is null ? fields.Duration : null,
            Frames = text.Frames is null ? fields.Frames : null,
            FramesPerSecond = text.FramesPerSecond is null ? fields.FramesPerSecond : null,
            Seed = text.Seed is null ? fields.Seed : null,
            CameraFixed = text.CameraFixed is null ? fields.CameraFixed : null,
            Watermark = text.Watermark is null ? fields.Watermark : null,
        };
    }
}
