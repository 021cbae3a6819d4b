using System.Globalization;

namespace Seedance.Contracts.Validation;

public static partial class VideoRequestValidator
{
    // Provider-level: asking for something the API has no field for is an error (rule "capability"),
    // never a silently dropped setting.
    private static void CheckCapabilities(ValidationContext ctx)
    {
        var r = ctx.Request;
        var c = ctx.Capabilities;
        var notSupported = $"not supported by {ctx.Provider} (see Capabilities)";

        void Unsupported(bool asked, bool supported, string field, object? value)
        {
            if (asked && !supported)
            {
                ctx.Add(field, Convert.ToString(value, CultureInfo.InvariantCulture)?.ToLowerInvariant(), notSupported, "capability");
            }
        }

        Unsupported(r.FirstFrame is not null, c.FirstFrame, "firstFrame", r.FirstFrame);
        Unsupported(r.LastFrame is not null, c.LastFrame, "lastFrame", r.LastFrame);
        Unsupported(r.ReferenceImages.Count > 0, c.MaxReferenceImages > 0, "referenceImages", $"{r.ReferenceImages.Count} image(s)");
        Unsupported(r.Seed is not null, c.Seed, "seed", r.Seed);
        Unsupported(r.Watermark is not null, c.Watermark, "watermark", r.Watermark);
        Unsupported(r.CameraFixed is not null, c.CameraFixed, "cameraFixed", r.CameraFixed);
        Unsupported(r.Frames is not null, c.FramesAndFps, "frames", r.Frames);
        Unsupported(r.FramesPerSecond is not null, c.FramesAndFps, "framesPerSecond", r.FramesPerSecond);
        // generate_audio=false on an API without audio is already what happens, so only true is an error.
        Unsupported(r.GenerateAudio == true, c.AudioGeneration, "generateAudio", r.GenerateAudio);
        Unsupported(r.CallbackUrl is not null, c.Callback, "callbackUrl", r.CallbackUrl);
        Unsupported(r.ServiceTier is not null, c.ServiceTierAndExpiry, "serviceTier", r.ServiceTier);
        Unsupported(r.ExecutionExpiresAfter is not null, c.ServiceTierAndExpiry, "executionExpiresAfter", r.ExecutionExpiresAfter);
        Unsupported(r.MediaUrls.Count > 0, c.MediaUrls, "mediaUrls", $"{r.MediaUrls.Count} URL(s)");
        if (r.ProviderOptions is { } options && !string.Equals(options.Provider, ctx.Provider, StringComparison.Ordinal))
        {
            ctx.Add("providerOptions", options.GetType().Name, $"options for {ctx.Provider} only ({options.GetType().Name} is for {options.Provider})", "capability");
        }

        if (r.LastFrame is not null && r.FirstFrame is null && c.LastFrame)
        {
            // Every provider documents the last frame only as "first + last"; Seedance2.ink would
            // even read a lone image as the first frame.
            ctx.Add("lastFrame", r.LastFrame.ToString(), "a last frame only together with a first frame", "last-frame");
        }
    }
}
