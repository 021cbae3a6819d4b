using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Validation;
using static Seedance.Contracts.Tests.Validation.TestRequests;

namespace Seedance.Contracts.Tests.Validation;

public sealed class VideoRequestValidatorTests
{
    [Fact]
    public void One_exception_lists_every_violation_with_field_value_allowed_and_model()
    {
        var request = Request("doubao-seedance-2-0", "") with
        {
            Duration = 16,
            Resolution = "1080p",
            Seed = 7,
            FirstFrame = GifUpload(),
        };

        var ex = Assert.Throws<SeedanceValidationException>(() => VideoRequestValidator.EnsureValid(ProviderId.CometApiVideos, request));

        Assert.Equal(ProviderId.CometApiVideos, ex.Provider);
        Assert.Equal(["required", "capability", "duration", "resolution", "image-type"], ex.Violations.Select(v => v.Rule));
        Assert.Contains("5 problems", ex.Message);
        Assert.Contains("duration: '16' is not allowed (4..15 seconds for model doubao-seedance-2-0; duration)", ex.Message);
        Assert.Contains("resolution: '1080p' is not allowed (one of 480p, 720p for model doubao-seedance-2-0; resolution)", ex.Message);
        Assert.Contains("seed: '7' is not allowed (not supported by cometapi-videos", ex.Message);
    }

    [Fact]
    public void A_valid_request_passes_EnsureValid()
    {
        VideoRequestValidator.EnsureValid(ProviderId.Seedance2Ink, Request("seedance-2.0") with
        {
            Duration = 8, AspectRatio = "9:16", Resolution = "1080p", CallbackUrl = new Uri("https://example.com/hook"),
        });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t")]
    public void A_missing_or_blank_prompt_is_reported(string? prompt)
    {
        var v = AssertSingle(ProviderId.Seedance2Ink, Request("seedance-2.0") with { Prompt = prompt! }, "required");
        Assert.Equal("prompt", v.Field);
    }

    [Fact]
    public void An_oversized_prompt_is_reported_with_a_cut_value()
    {
        var v = AssertSingle(ProviderId.CometApiVideos,
            Request("doubao-seedance-2-0", new string('x', VideoRequestValidator.SdkMaxPromptLength + 1)), "sdk-limit");
        Assert.Equal($"{new string('x', 37)}... (10001 characters)", v.Value);
        AssertValid(ProviderId.CometApiVideos, Request("doubao-seedance-2-0", new string('x', VideoRequestValidator.SdkMaxPromptLength)));
    }

    [Fact]
    public void An_unknown_model_lists_the_known_ids()
    {
        var v = AssertSingle(ProviderId.Seedance2Ink, Request("seedance-3.0"), "unknown-model");
        Assert.Equal("one of seedance-2.0, seedance-2.0-fast, seedance-1.5-pro (models of seedance2-ink)", v.Allowed);
    }

    [Fact]
    public void A_model_id_of_another_provider_is_named_as_such()
    {
        var v = AssertSingle(ProviderId.CometApiVideos, Request("doubao-seedance-2-0-260128"), "unknown-model");
        Assert.EndsWith("'doubao-seedance-2-0-260128' is a acedata-seedance id", v.Allowed);
    }

    [Fact]
    public void A_missing_model_is_required()
    {
        Assert.Equal("required", AssertSingle(ProviderId.AceDataSeedance, Request(" "), "required").Rule);
    }

    [Fact]
    public void An_unknown_provider_is_reported_alone()
    {
        var v = Assert.Single(Check("openai-videos", Request("sora-2")));
        Assert.Equal("unknown-provider", v.Rule);
    }

    [Theory]
    [InlineData(ProviderId.CometApiVideos, "doubao-seedance-2-0")]
    [InlineData(ProviderId.Seedance2Ink, "seedance-2.0")]
    public void Settings_a_provider_has_no_field_for_are_capability_errors(string provider, string model)
    {
        var violations = Check(provider, Request(model) with
        {
            Seed = 1, Watermark = false, CameraFixed = true, Frames = 121, FramesPerSecond = 24, GenerateAudio = true,
            ServiceTier = "flex", ExecutionExpiresAfter = 3600,
        });
        Assert.Equal(8, violations.Count);
        Assert.All(violations, v => Assert.Equal("capability", v.Rule));
        Assert.All(violations, v => Assert.Contains($"not supported by {provider}", v.Allowed));
    }

    [Fact]
    public void CometApi_has_no_callback_last_frame_or_references()
    {
        var violations = Check(ProviderId.CometApiVideos, Request("doubao-seedance-2-0") with
        {
            CallbackUrl = new Uri("https://example.com/cb"), FirstFrame = PngUpload(), LastFrame = PngUpload(), ReferenceImages = [PngUpload()],
        });
        Assert.Equal(["lastFrame", "referenceImages", "callbackUrl"], violations.Select(v => v.Field));
        Assert.All(violations, v => Assert.Equal("capability", v.Rule));
    }

    [Fact]
    public void A_last_frame_needs_a_first_frame()
    {
        AssertSingle(ProviderId.Seedance2Ink, Request("seedance-2.0") with { LastFrame = Url() }, "last-frame");
    }

    [Theory]
    [InlineData("ftp://example.com/cb")]
    [InlineData("mailto:me@example.com")]
    public void A_callback_url_must_be_absolute_http(string url)
    {
        AssertSingle(ProviderId.AceDataSeedance, Request("doubao-seedance-2-0-260128") with { CallbackUrl = new Uri(url) }, "callback-url");
    }

    [Fact]
    public void A_relative_callback_url_is_rejected()
    {
        AssertSingle(ProviderId.CometApiVolc, Request("doubao-seedance-1-5-pro-251215") with { CallbackUrl = new Uri("/hook", UriKind.Relative) }, "callback-url");
    }

    [Fact]
    public void Volc_takes_no_uploads_and_no_audio()
    {
        AssertSingle(ProviderId.CometApiVolc, Request("doubao-seedance-1-5-pro-251215") with { FirstFrame = PngUpload() }, "image-source");
        AssertSingle(ProviderId.CometApiVolc, Request("doubao-seedance-1-5-pro-251215") with { GenerateAudio = true }, "capability");
    }

    [Fact]
    public void Duration_and_frames_together_are_reported()
    {
        AssertSingle(ProviderId.AceDataSeedance, Request("doubao-seedance-1-0-pro-250528") with { Duration = 5, Frames = 121 }, "duration-or-frames");
    }

    [Fact]
    public void Flags_in_the_prompt_are_checked_against_the_model()
    {
        var violations = Check(ProviderId.CometApiVolc, Request("doubao-seedance-1-5-pro-251215", "A boat. --dur 20 --rs 4k --fps 30 --seed -5"));
        Assert.Equal(
            [("prompt --dur/--duration", "duration"), ("prompt --fps/--framespersecond", "fps"), ("prompt --rs/--resolution", "resolution"), ("prompt --seed", "seed")],
            violations.Select(v => (v.Field, v.Rule)));
    }

    [Fact]
    public void A_flag_contradicting_a_field_is_reported_not_sent()
    {
        var v = AssertSingle(ProviderId.AceDataSeedance,
            Request("doubao-seedance-1-5-pro-251215", "A boat. --rt 9:16") with { AspectRatio = "16:9" }, "prompt-flag-conflict");
        Assert.Equal("aspectRatio", v.Field);
        AssertValid(ProviderId.AceDataSeedance, Request("doubao-seedance-1-5-pro-251215", "A boat. --rt 16:9") with { AspectRatio = "16:9" });
    }

    [Fact]
    public void Unknown_and_malformed_flags_are_reported_on_flag_providers_only()
    {
        var violations = Check(ProviderId.AceDataSeedance, Request("doubao-seedance-1-5-pro-251215", "A boat. --style noir --wm maybe"));
        Assert.Equal(["prompt-flag", "prompt-flag"], violations.Select(v => v.Rule));
        AssertValid(ProviderId.CometApiVideos, Request("doubao-seedance-2-0", "A boat. --style noir --wm maybe"));
    }

    [Fact]
    public void A_prompt_of_only_flags_has_no_text()
    {
        AssertSingle(ProviderId.CometApiVolc, Request("doubao-seedance-1-5-pro-251215", "--dur 5"), "required");
    }

    [Fact]
    public void Adaptive_in_the_text_without_an_image_is_reported()
    {
        var v = AssertSingle(ProviderId.AceDataSeedance, Request("doubao-seedance-2-0-260128", "Waves. --ratio adaptive"), "adaptive-needs-image");
        Assert.Equal("prompt --rt/--ratio", v.Field);
    }

    [Fact]
    public void Long_values_are_cut_to_64_characters()
    {
        var v = AssertSingle(ProviderId.Seedance2Ink, Request(new string('m', 200)), "unknown-model");
        Assert.Equal(64, v.Value!.Length);
        Assert.EndsWith("...", v.Value);
    }

    [Fact]
    public void Null_lists_count_as_empty()
    {
        AssertValid(ProviderId.AceDataSeedance, Request("doubao-seedance-2-0-260128") with { ReferenceImages = null!, MediaUrls = null! });
    }

    [Fact]
    public void A_null_reference_image_is_reported()
    {
        AssertSingle(ProviderId.AceDataSeedance, Request("doubao-seedance-2-0-260128") with { ReferenceImages = [Url(), null!] }, "required");
    }
}
