using Seedance.Contracts.Catalog;
using Seedance.Contracts.Requests;
using static Seedance.Contracts.Tests.Validation.TestRequests;

namespace Seedance.Contracts.Tests.Catalog;

/// <summary>The edges the provider docs state, one valid and one invalid value per rule.</summary>
public sealed class CatalogEdgeTests
{
    private const string Comet = ProviderId.CometApiVideos;
    private const string Ace = ProviderId.AceDataSeedance;
    private const string Ink = ProviderId.Seedance2Ink;
    private const string Volc = ProviderId.CometApiVolc;

    // seed:000 duration table.
    [Theory]
    [InlineData("doubao-seedance-2-0", 4, true)]
    [InlineData("doubao-seedance-2-0", 3, false)]
    [InlineData("doubao-seedance-2-0", 15, true)]
    [InlineData("doubao-seedance-2-0", 16, false)]
    [InlineData("doubao-seedance-2-0-fast", 4, true)]
    [InlineData("doubao-seedance-2-0-fast", 16, false)]
    [InlineData("doubao-seedance-1-0-pro", 2, true)]
    [InlineData("doubao-seedance-1-0-pro", 1, false)]
    [InlineData("doubao-seedance-1-0-pro", 10, true)]
    [InlineData("doubao-seedance-1-0-pro", 11, false)]
    [InlineData("doubao-seedance-1-5-pro", 4, true)]
    [InlineData("doubao-seedance-1-5-pro", 3, false)]
    [InlineData("doubao-seedance-1-5-pro", 12, true)]
    [InlineData("doubao-seedance-1-5-pro", 13, false)]
    public void CometApi_seconds_follow_the_per_model_table(string model, int seconds, bool ok)
    {
        var request = Request(model) with { Duration = seconds };
        if (ok)
        {
            AssertValid(Comet, request);
        }
        else
        {
            var v = AssertSingle(Comet, request, "duration");
            Assert.Contains($"for model {model}", v.Allowed);
        }
    }

    [Fact]
    public void CometApi_input_reference_on_1_5_pro_is_rejected_and_names_the_models_that_take_it()
    {
        var v = AssertSingle(Comet, Request("doubao-seedance-1-5-pro") with { FirstFrame = PngUpload() }, "image-to-video");
        Assert.Equal("firstFrame", v.Field);
        Assert.Contains("doubao-seedance-2-0, doubao-seedance-2-0-fast", v.Allowed);
    }

    [Fact]
    public void CometApi_input_reference_on_2_0_is_accepted_as_jpeg_png_or_webp_only()
    {
        AssertValid(Comet, Request("doubao-seedance-2-0") with { FirstFrame = JpegUpload() });
        AssertSingle(Comet, Request("doubao-seedance-2-0") with { FirstFrame = GifUpload() }, "image-type");
    }

    [Fact]
    public void CometApi_input_reference_must_be_an_upload_not_a_url()
    {
        var v = AssertSingle(Comet, Request("doubao-seedance-2-0") with { FirstFrame = Url() }, "image-source");
        Assert.Contains("FromStream", v.Allowed);
    }

    [Theory]
    [InlineData("doubao-seedance-2-0", "1080p", false)]
    [InlineData("doubao-seedance-2-0-fast", "1080p", false)]
    [InlineData("doubao-seedance-2-0", "720p", true)]
    [InlineData("doubao-seedance-1-5-pro", "1080p", true)]
    [InlineData("doubao-seedance-1-0-pro", "1080p", true)]
    [InlineData("doubao-seedance-1-0-pro", "4k", false)]
    public void CometApi_1080p_only_on_1_5_and_1_0_pro(string model, string resolution, bool ok)
    {
        var request = Request(model) with { Resolution = resolution };
        if (ok)
        {
            AssertValid(Comet, request);
        }
        else
        {
            AssertSingle(Comet, request, "resolution");
        }
    }

    [Theory]
    [InlineData("seedance-1.5-pro", 5, true)]
    [InlineData("seedance-1.5-pro", 10, true)]
    [InlineData("seedance-1.5-pro", 6, false)]
    [InlineData("seedance-1.5-pro", 4, false)]
    [InlineData("seedance-2.0", 4, true)]
    [InlineData("seedance-2.0", 15, true)]
    [InlineData("seedance-2.0", 16, false)]
    [InlineData("seedance-2.0-fast", 3, false)]
    public void Seedance2Ink_durations(string model, int seconds, bool ok)
    {
        var request = Request(model) with { Duration = seconds };
        if (ok)
        {
            AssertValid(Ink, request);
        }
        else
        {
            var v = AssertSingle(Ink, request, "duration");
            Assert.Contains(model == "seedance-1.5-pro" ? "5 or 10" : "4..15", v.Allowed);
        }
    }

    [Fact]
    public void Seedance2Ink_media_urls_five_ok_six_rejected()
    {
        var media = new[] { "a.mp4", "b.mov", "c.mp3" }.Select(n => new Uri("https://cdn.example.com/" + n)).ToArray();
        var five = Request("seedance-2.0") with { FirstFrame = Url("first.jpg"), LastFrame = Url("last.webp"), MediaUrls = media };
        AssertValid(Ink, five);

        var six = five with { MediaUrls = [.. media, new Uri("https://cdn.example.com/d.wav")] };
        var v = AssertSingle(Ink, six, "media-urls");
        Assert.Equal("mediaUrls", v.Field);
        Assert.Contains("at most 5", v.Allowed);
    }

    [Theory]
    [InlineData("https://cdn.example.com/clip.avi")]
    [InlineData("http://cdn.example.com/clip.mp4")]
    [InlineData("https://cdn.example.com/style.png")]
    public void Seedance2Ink_media_urls_need_https_and_a_video_or_audio_type(string url)
    {
        AssertSingle(Ink, Request("seedance-2.0") with { MediaUrls = [new Uri(url)] }, "media-urls");
    }

    [Fact]
    public void Seedance2Ink_frame_urls_need_an_image_extension_and_https()
    {
        AssertSingle(Ink, Request("seedance-2.0") with { FirstFrame = Url("frame.tiff") }, "media-urls");
        AssertSingle(Ink, Request("seedance-2.0") with { FirstFrame = ImageInput.FromUrl("http://example.com/a.png") }, "image-url");
        AssertSingle(Ink, Request("seedance-2.0") with { FirstFrame = PngUpload() }, "image-source");
    }

    [Theory]
    [InlineData(29, true)]
    [InlineData(30, false)]
    [InlineData(289, true)]
    [InlineData(293, false)]
    [InlineData(25, false)]
    public void AceData_frames_are_25_plus_4n_in_29_to_289(int frames, bool ok)
    {
        var request = Request("doubao-seedance-1-0-pro-250528") with { Frames = frames };
        if (ok)
        {
            AssertValid(Ace, request);
        }
        else
        {
            var v = AssertSingle(Ace, request, "frames");
            Assert.Contains("25+4n in 29..289", v.Allowed);
        }
    }

    [Fact]
    public void AceData_frames_only_on_the_1_0_series()
    {
        AssertSingle(Ace, Request("doubao-seedance-2-0-260128") with { Frames = 121 }, "frames");
    }

    [Theory]
    [InlineData(-1L, true)]
    [InlineData(-2L, false)]
    [InlineData(4294967295L, true)]
    [InlineData(4294967296L, false)]
    public void Seed_range_is_minus_one_to_2_pow_32_minus_one(long seed, bool ok)
    {
        foreach (var (provider, model) in new[] { (Ace, "doubao-seedance-2-0-260128"), (Volc, "doubao-seedance-1-5-pro-251215") })
        {
            var request = Request(model) with { Seed = seed };
            if (ok)
            {
                AssertValid(provider, request);
            }
            else
            {
                AssertSingle(provider, request, "seed");
            }
        }
    }

    [Theory]
    [InlineData(3600, true)]
    [InlineData(259200, true)]
    [InlineData(3599, false)]
    [InlineData(259201, false)]
    public void AceData_execution_expires_after(int seconds, bool ok)
    {
        var request = Request("doubao-seedance-1-5-pro-251215") with { ExecutionExpiresAfter = seconds };
        if (ok)
        {
            AssertValid(Ace, request);
        }
        else
        {
            AssertSingle(Ace, request, "execution-expires-after");
        }
    }

    [Fact]
    public void AceData_service_tier_default_or_flex()
    {
        AssertValid(Ace, Request("doubao-seedance-1-5-pro-251215") with { ServiceTier = "flex" });
        AssertSingle(Ace, Request("doubao-seedance-1-5-pro-251215") with { ServiceTier = "priority" }, "service-tier");
    }

    [Fact]
    public void AceData_4k_only_on_2_0_260128()
    {
        AssertValid(Ace, Request("doubao-seedance-2-0-260128") with { Resolution = "4k" });
        foreach (var model in ModelCatalog.For(Ace).Where(m => m.Id != "doubao-seedance-2-0-260128"))
        {
            var v = AssertSingle(Ace, Request(model.Id) with { Resolution = "4k", FirstFrame = model.SupportsTextToVideo ? null : Url() }, "resolution");
            Assert.Contains($"for model {model.Id}", v.Allowed);
        }
    }

    [Theory]
    [InlineData("doubao-seedance-2-0-fast-260128")]
    [InlineData("doubao-seedance-2-0-mini-260615")]
    public void AceData_2_0_fast_and_mini_cap_at_720p(string model)
    {
        AssertValid(Ace, Request(model) with { Resolution = "720p" });
        AssertSingle(Ace, Request(model) with { Resolution = "1080p" }, "resolution");
    }

    [Theory]
    [InlineData("doubao-seedance-1-5-pro-251215", -1, true)]
    [InlineData("doubao-seedance-2-0-260128", -1, true)]
    [InlineData("doubao-seedance-1-0-pro-250528", -1, false)]
    [InlineData("doubao-seedance-1-0-pro-250528", 12, true)]
    [InlineData("doubao-seedance-1-0-pro-250528", 13, false)]
    [InlineData("doubao-seedance-2-0-260128", 15, true)]
    [InlineData("doubao-seedance-2-0-260128", 16, false)]
    [InlineData("doubao-seedance-1-5-pro-251215", 3, false)]
    public void AceData_durations_and_auto(string model, int seconds, bool ok)
    {
        var request = Request(model) with { Duration = seconds };
        if (ok)
        {
            AssertValid(Ace, request);
        }
        else
        {
            AssertSingle(Ace, request, "duration");
        }
    }

    [Fact]
    public void AceData_generate_audio_on_1_5_pro_and_2_0_series_only()
    {
        AssertValid(Ace, Request("doubao-seedance-1-5-pro-251215") with { GenerateAudio = true });
        AssertValid(Ace, Request("doubao-seedance-2-0-fast-260128") with { GenerateAudio = true });
        var v = AssertSingle(Ace, Request("doubao-seedance-1-0-pro-250528") with { GenerateAudio = true }, "audio");
        Assert.Contains("doubao-seedance-1-5-pro-251215", v.Allowed);
        AssertValid(Ace, Request("doubao-seedance-1-0-pro-250528") with { GenerateAudio = false });
    }

    [Fact]
    public void AceData_reference_images_on_2_0_only_up_to_9_and_never_with_frames()
    {
        var nine = Enumerable.Range(0, 9).Select(i => Url($"ref{i}.png")).ToArray();
        AssertValid(Ace, Request("doubao-seedance-2-0-260128") with { ReferenceImages = nine });
        AssertSingle(Ace, Request("doubao-seedance-2-0-260128") with { ReferenceImages = [.. nine, Url()] }, "reference-images");
        AssertSingle(Ace, Request("doubao-seedance-2-0-260128") with { ReferenceImages = [Url()], FirstFrame = Url() }, "reference-with-frames");
        AssertSingle(Ace, Request("doubao-seedance-1-0-lite-i2v-250428") with { ReferenceImages = [Url()] }, "reference-images");
    }

    [Fact]
    public void AceData_takes_uploads_and_urls()
    {
        AssertValid(Ace, Request("doubao-seedance-2-0-260128") with { FirstFrame = PngUpload(), LastFrame = Url() });
    }

    [Fact]
    public void Adaptive_ratio_needs_an_image()
    {
        var v = AssertSingle(Ace, Request("doubao-seedance-1-5-pro-251215") with { AspectRatio = "adaptive" }, "adaptive-needs-image");
        Assert.Equal("aspectRatio", v.Field);
        AssertValid(Ace, Request("doubao-seedance-1-5-pro-251215") with { AspectRatio = "adaptive", FirstFrame = Url() });
        AssertSingle(Volc, Request("doubao-seedance-1-5-pro-251215") with { AspectRatio = "adaptive" }, "adaptive-needs-image");
        // CometAPI and Seedance2.ink have no adaptive at all.
        AssertSingle(Comet, Request("doubao-seedance-2-0") with { AspectRatio = "adaptive", FirstFrame = PngUpload() }, "aspect-ratio");
        AssertSingle(Ink, Request("seedance-2.0") with { AspectRatio = "4:3" }, "aspect-ratio");
    }

    [Fact]
    public void Lite_i2v_needs_an_image_and_lite_t2v_takes_none()
    {
        foreach (var provider in new[] { Ace, Volc })
        {
            AssertSingle(provider, Request("doubao-seedance-1-0-lite-i2v-250428"), "image-required");
            AssertValid(provider, Request("doubao-seedance-1-0-lite-i2v-250428") with { FirstFrame = Url() });
            AssertSingle(provider, Request("doubao-seedance-1-0-lite-t2v-250428") with { FirstFrame = Url() }, "image-to-video");
        }
    }

    [Fact]
    public void Volc_lite_i2v_takes_up_to_4_references_without_1080p_or_camerafixed()
    {
        var four = Enumerable.Range(0, 4).Select(i => Url($"r{i}.png")).ToArray();
        var request = Request("doubao-seedance-1-0-lite-i2v-250428") with { ReferenceImages = four };
        AssertValid(Volc, request);
        AssertSingle(Volc, request with { ReferenceImages = [.. four, Url()] }, "reference-images");
        AssertSingle(Volc, request with { Resolution = "1080p" }, "resolution");
        AssertSingle(Volc, request with { CameraFixed = true }, "camera-fixed");
    }

    [Fact]
    public void Volc_pro_fast_takes_a_first_frame_but_no_last_frame()
    {
        AssertValid(Volc, Request("doubao-seedance-1-0-pro-fast-251015") with { FirstFrame = Url() });
        AssertSingle(Volc, Request("doubao-seedance-1-0-pro-fast-251015") with { FirstFrame = Url(), LastFrame = Url("b.png") }, "last-frame");
    }

    [Fact]
    public void Fps_is_only_24()
    {
        AssertValid(Volc, Request("doubao-seedance-1-0-pro-250528") with { FramesPerSecond = 24 });
        AssertSingle(Volc, Request("doubao-seedance-1-0-pro-250528") with { FramesPerSecond = 30 }, "fps");
    }

    [Fact]
    public void AceData_text_is_at_most_1000_characters()
    {
        AssertValid(Ace, Request("doubao-seedance-2-0-260128", new string('a', 1000)));
        var v = AssertSingle(Ace, Request("doubao-seedance-2-0-260128", new string('a', 1001)), "max-length");
        Assert.Contains("1001 characters", v.Value);
        Assert.True(v.Value!.Length <= 64);
    }
}
