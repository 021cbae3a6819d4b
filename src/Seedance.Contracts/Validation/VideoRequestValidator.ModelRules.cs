using System.Globalization;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Prompt;

namespace Seedance.Contracts.Validation;

public static partial class VideoRequestValidator
{
    // Model-level rules from the catalog. Settings the provider cannot take at all were reported as
    // capabilities already, so they are skipped here to keep one violation per mistake.
    private static void CheckModelRules(ValidationContext ctx)
    {
        if (ctx.Model is not { } m)
        {
            return;
        }

        var r = ctx.Request;
        var c = ctx.Capabilities;
        var t = ctx.TextFlags;
        var inv = CultureInfo.InvariantCulture;
        var forModel = ctx.ForModel;

        var duration = ctx.Pick(r.Duration, "duration", t.Duration, PromptFlagNames.Key.Duration);
        if (duration is { } d && !m.Durations.Allows(d.Value))
        {
            ctx.Add(d.Field, d.Value.ToString(inv), $"{m.Durations} seconds {forModel}", "duration");
        }

        var frames = ctx.Pick(r.Frames, "frames", t.Frames, PromptFlagNames.Key.Frames);
        if (frames is { } f && c.FramesAndFps)
        {
            if (m.Frames is null)
            {
                ctx.Add(f.Field, f.Value.ToString(inv), $"no frame count {forModel} (use duration)", "frames");
            }
            else if (!m.Frames.Allows(f.Value))
            {
                ctx.Add(f.Field, f.Value.ToString(inv), $"{m.Frames} {forModel}", "frames");
            }
        }

        if (duration is { } both && frames is { } bothF && c.FramesAndFps)
        {
            // Ark: "duration and frames: pick one; frames wins". Sending both silently drops one.
            ctx.Add(bothF.Field, $"{bothF.Value.ToString(inv)} with {both.Field} {both.Value.ToString(inv)}", "either duration or frames, not both (frames would win upstream)", "duration-or-frames");
        }

        var fps = ctx.Pick(r.FramesPerSecond, "framesPerSecond", t.FramesPerSecond, PromptFlagNames.Key.FramesPerSecond);
        if (fps is { } fr && c.FramesAndFps && !m.FramesPerSecond.Contains(fr.Value))
        {
            var allowed = m.FramesPerSecond.Count == 0 ? "no frame rate setting" : "one of " + Join(m.FramesPerSecond);
            ctx.Add(fr.Field, fr.Value.ToString(inv), $"{allowed} {forModel}", "fps");
        }

        CheckResolution(ctx, m, t);
        CheckAspectRatio(ctx, m, t);
        CheckImageRoles(ctx, m);

        var seed = ctx.Pick(r.Seed, "seed", t.Seed, PromptFlagNames.Key.Seed);
        if (seed is { } s && c.Seed && !(m.Seed is { } range && range.Contains(s.Value)))
        {
            ctx.Add(s.Field, s.Value.ToString(inv), m.Seed is { } sr ? $"{sr} (-1 = random) {forModel}" : $"no seed {forModel}", "seed");
        }

        var cameraFixed = ctx.Pick(r.CameraFixed, "cameraFixed", t.CameraFixed, PromptFlagNames.Key.CameraFixed);
        if (cameraFixed is { } cf && m.CameraFixedExcludesReferenceImages && r.ReferenceImages.Count > 0)
        {
            ctx.Add(cf.Field, cf.Value ? "true" : "false", $"no camerafixed with reference images {forModel}", "camera-fixed");
        }

        if (r.GenerateAudio == true && c.AudioGeneration && !m.SupportsAudioGeneration)
        {
            var withAudio = ModelCatalog.For(ctx.Provider).Where(x => x.SupportsAudioGeneration).Select(x => x.Id);
            ctx.Add("generateAudio", "true", $"no audio {forModel}; models with audio: {string.Join(", ", withAudio)}", "audio");
        }

        if (r.ServiceTier is { } tier && c.ServiceTierAndExpiry && !m.ServiceTiers.Contains(tier, StringComparer.Ordinal))
        {
            ctx.Add("serviceTier", tier, $"one of {Join(m.ServiceTiers)} {forModel}", "service-tier");
        }

        if (r.ExecutionExpiresAfter is { } expiry && c.ServiceTierAndExpiry && !(m.ExecutionExpiresAfter is { } er && er.Contains(expiry)))
        {
            ctx.Add("executionExpiresAfter", expiry.ToString(inv), $"{m.ExecutionExpiresAfter} seconds {forModel}", "execution-expires-after");
        }
    }

    private static void CheckResolution(ValidationContext ctx, ModelSpec m, PromptFlags t)
    {
        if (ctx.Pick(ctx.Request.Resolution, "resolution", t.Resolution, PromptFlagNames.Key.Resolution) is not { } res)
        {
            return;
        }

        if (!m.Resolutions.Contains(res.Value, StringComparer.Ordinal))
        {
            ctx.Add(res.Field, res.Value, $"one of {Join(m.Resolutions)} {ctx.ForModel}", "resolution");
        }
        else if (ctx.Request.ReferenceImages.Count > 0 && m.ResolutionsWithReferenceImages is { } withRefs
                 && !withRefs.Contains(res.Value, StringComparer.Ordinal))
        {
            ctx.Add(res.Field, res.Value, $"one of {Join(withRefs)} with reference images {ctx.ForModel}", "resolution");
        }
    }

    private static void CheckAspectRatio(ValidationContext ctx, ModelSpec m, PromptFlags t)
    {
        if (ctx.Pick(ctx.Request.AspectRatio, "aspectRatio", t.Ratio, PromptFlagNames.Key.Ratio) is not { } ratio)
        {
            return;
        }

        if (!m.AspectRatios.Contains(ratio.Value, StringComparer.Ordinal))
        {
            ctx.Add(ratio.Field, ratio.Value, $"one of {Join(m.AspectRatios)} {ctx.ForModel}", "aspect-ratio");
        }
        else if (ratio.Value == "adaptive" && m.AdaptiveRequiresImage && !ctx.HasAnyImage)
        {
            ctx.Add(ratio.Field, ratio.Value, "adaptive only with an input image (it follows the image's shape); pick a fixed ratio for text-to-video", "adaptive-needs-image");
        }
    }

    private static void CheckImageRoles(ValidationContext ctx, ModelSpec m)
    {
        var r = ctx.Request;
        var c = ctx.Capabilities;
        var models = ModelCatalog.For(ctx.Provider);

        if (!m.SupportsTextToVideo && !ctx.HasAnyImage)
        {
            ctx.Add("firstFrame", null, $"an input image: {m.Id} is image-to-video only", "image-required");
        }

        if (r.FirstFrame is not null && c.FirstFrame && !m.SupportsFirstFrame)
        {
            var able = models.Where(x => x.SupportsFirstFrame).Select(x => x.Id);
            ctx.Add("firstFrame", r.FirstFrame.ToString(), $"no image input {ctx.ForModel} (text-to-video only); models that take one: {string.Join(", ", able)}", "image-to-video");
        }

        if (r.LastFrame is not null && c.LastFrame && !m.SupportsLastFrame)
        {
            var able = models.Where(x => x.SupportsLastFrame).Select(x => x.Id);
            ctx.Add("lastFrame", r.LastFrame.ToString(), $"no last frame {ctx.ForModel}; models that take one: {string.Join(", ", able)}", "last-frame");
        }

        var refs = r.ReferenceImages.Count;
        if (refs > 0 && c.MaxReferenceImages > 0)
        {
            if (m.MaxReferenceImages == 0)
            {
                var able = models.Where(x => x.MaxReferenceImages > 0).Select(x => x.Id);
                ctx.Add("referenceImages", $"{refs} image(s)", $"no reference images {ctx.ForModel}; models that take them: {string.Join(", ", able)}", "reference-images");
            }
            else if (refs > m.MaxReferenceImages)
            {
                ctx.Add("referenceImages", $"{refs} images", $"at most {m.MaxReferenceImages} {ctx.ForModel}", "reference-images");
            }

            if (m.ReferenceImagesExcludeFrames && (r.FirstFrame is not null || r.LastFrame is not null))
            {
                ctx.Add("referenceImages", $"{refs} image(s) with a first/last frame", $"reference images or first/last frames, not both, {ctx.ForModel}", "reference-with-frames");
            }
        }
    }
}
