using System.Globalization;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Requests;

namespace Seedance.Contracts.Validation;

public static partial class VideoRequestValidator
{
    // How each image is given (URL or upload) must suit the provider, and its type must suit the model.
    private static void CheckImages(ValidationContext ctx)
    {
        var r = ctx.Request;
        var c = ctx.Capabilities;
        var images = new List<(string Field, ImageInput Image, bool Supported)>();
        if (r.FirstFrame is { } first)
        {
            images.Add(("firstFrame", first, c.FirstFrame));
        }

        if (r.LastFrame is { } last)
        {
            images.Add(("lastFrame", last, c.LastFrame));
        }

        for (var i = 0; i < r.ReferenceImages.Count; i++)
        {
            if (r.ReferenceImages[i] is null)
            {
                ctx.Add($"referenceImages[{i}]", null, "an image", "required");
                continue;
            }

            images.Add(($"referenceImages[{i}]", r.ReferenceImages[i], c.MaxReferenceImages > 0));
        }

        foreach (var (field, image, supported) in images)
        {
            if (supported)
            {
                CheckImage(ctx, field, image);
            }
        }
    }

    private static void CheckImage(ValidationContext ctx, string field, ImageInput image)
    {
        var c = ctx.Capabilities;
        if (image.IsUrl)
        {
            if (!c.ImageUrls)
            {
                ctx.Add(field, image.Url!.ToString(), $"an uploaded image (ImageInput.FromStream or FromFile): {ctx.Provider} does not take image URLs", "image-source");
                return;
            }

            if (c.ImageUrlsRequireHttps && image.Url!.Scheme != Uri.UriSchemeHttps)
            {
                ctx.Add(field, image.Url.ToString(), $"an https URL ({ctx.Provider} takes public HTTPS URLs only)", "image-url");
            }

            if (ctx.Model?.MediaUrls is { } rule && !rule.IsImage(image.Url!))
            {
                // Seedance2.ink reads the file type from the URL to decide what the file is for.
                ctx.Add(field, image.Url!.ToString(), $"a URL ending in {string.Join(" ", rule.ImageExtensions)} {ctx.ForModel}", "media-urls");
            }

            return;
        }

        if (!c.ImageUpload)
        {
            ctx.Add(field, image.ToString(), $"a public image URL (ImageInput.FromUrl): {ctx.Provider} does not take uploads", "image-source");
            return;
        }

        if (image.Content is { CanRead: false })
        {
            // Checked again here: the stream may have been disposed since the ImageInput was made.
            ctx.Add(field, "unreadable stream", "a readable stream", "image-stream");
        }

        if (ctx.Model?.ImageContentTypes is { } types && !types.Contains(image.ContentType, StringComparer.Ordinal))
        {
            ctx.Add(field, image.ContentType, $"one of {string.Join(", ", types)} {ctx.ForModel}", "image-type");
        }
    }

    // Seedance2.ink: frames and extra media share one mediaUrls list of at most 5 public HTTPS URLs.
    private static void CheckMediaUrls(ValidationContext ctx)
    {
        var r = ctx.Request;
        if (!ctx.Capabilities.MediaUrls || ctx.Model?.MediaUrls is not { } rule)
        {
            return;
        }

        var frames = (r.FirstFrame is { IsUrl: true } ? 1 : 0) + (r.LastFrame is { IsUrl: true } ? 1 : 0);
        var total = frames + r.MediaUrls.Count;
        if (total > rule.MaxCount)
        {
            ctx.Add("mediaUrls", total.ToString(CultureInfo.InvariantCulture) + " URLs",
                $"at most {rule.MaxCount} URLs, first/last frame included, {ctx.ForModel}", "media-urls");
        }

        for (var i = 0; i < r.MediaUrls.Count; i++)
        {
            var url = r.MediaUrls[i];
            var field = $"mediaUrls[{i}]";
            if (url is null || !url.IsAbsoluteUri || (rule.RequiresHttps && url.Scheme != Uri.UriSchemeHttps))
            {
                ctx.Add(field, url?.OriginalString, "an absolute public https URL", "media-urls");
                continue;
            }

            if (rule.IsImage(url))
            {
                // The provider assigns images to first/last frame by count, so extra images would
                // silently change which image is the first frame.
                ctx.Add(field, url.ToString(), "a video or audio URL; give images as FirstFrame/LastFrame", "media-urls");
            }
            else if (!rule.IsAccepted(url))
            {
                ctx.Add(field, url.ToString(), $"a URL ending in one of {string.Join(" ", rule.VideoExtensions.Concat(rule.AudioExtensions))}", "media-urls");
            }
        }
    }
}
