using Seedance.Contracts.Prompt;

namespace Seedance.Contracts.Tests.Prompt;

public sealed class PromptTextTests
{
    private static readonly PromptFlags Canonical = new()
    {
        Resolution = "720p", Ratio = "16:9", Duration = 5, FramesPerSecond = 24, Watermark = true, Seed = 11, CameraFixed = false,
    };

    [Fact]
    public void Short_form_renders_in_the_docs_order()
    {
        // The flag tail of the docs' canonical example (providers.md §3.4, seed:001).
        Assert.Equal(
            "A kitten yawns. --rs 720p --rt 16:9 --dur 5 --fps 24 --wm true --seed 11 --cf false",
            PromptText.Render("A kitten yawns.", Canonical, PromptFlagStyle.Short));
    }

    [Fact]
    public void Long_form_uses_arks_names()
    {
        Assert.Equal(
            "A kitten yawns. --resolution 720p --ratio 16:9 --duration 5 --framespersecond 24 --watermark true --seed 11 --camerafixed false",
            PromptText.Render("A kitten yawns.  ", Canonical, PromptFlagStyle.Long));
    }

    [Fact]
    public void Frames_render_after_duration_and_unset_flags_are_skipped()
    {
        Assert.Equal("Boat. --frames 121", PromptText.Render("Boat.", new PromptFlags { Frames = 121 }));
        Assert.Equal("Boat.", PromptText.Render("Boat.", PromptFlags.None));
        Assert.Equal("--dur 5", PromptText.Render("", new PromptFlags { Duration = 5 }));
    }

    [Fact]
    public void A_value_with_spaces_cannot_be_rendered()
    {
        Assert.Throws<ArgumentException>(() => PromptText.Render("x", new PromptFlags { Ratio = "16 : 9" }));
    }

    [Theory]
    [InlineData(PromptFlagStyle.Short)]
    [InlineData(PromptFlagStyle.Long)]
    public void Render_then_parse_round_trips(PromptFlagStyle style)
    {
        var all = Canonical with { Frames = 121, Seed = -1 };
        var parsed = PromptText.Parse(PromptText.Render("A paper boat drifts on a lake.", all, style));
        Assert.Equal("A paper boat drifts on a lake.", parsed.Prompt);
        Assert.Equal(all, parsed.Flags);
        Assert.Empty(parsed.UnknownFlags);
        Assert.Empty(parsed.Problems);
    }

    [Fact]
    public void Parse_accepts_mixed_forms_any_case_and_extra_whitespace()
    {
        var parsed = PromptText.Parse("  A fox runs.   --Duration   5 \t--rt 9:16\n--WM TRUE   --camerafixed false  ");
        Assert.Equal("A fox runs.", parsed.Prompt);
        Assert.Equal(new PromptFlags { Duration = 5, Ratio = "9:16", Watermark = true, CameraFixed = false }, parsed.Flags);
        Assert.Empty(parsed.Problems);
    }

    [Fact]
    public void Only_the_trailing_run_is_parsed_so_dashes_in_prose_stay_prose()
    {
        var parsed = PromptText.Parse("A sign reads --dur 5 minutes to go-- then fades. --seed 3");
        Assert.Equal("A sign reads --dur 5 minutes to go-- then fades.", parsed.Prompt);
        Assert.Equal(new PromptFlags { Seed = 3 }, parsed.Flags);

        var plain = PromptText.Parse("No flags here -- at all.");
        Assert.Equal("No flags here -- at all.", plain.Prompt);
        Assert.True(plain.Flags.IsEmpty);
    }

    [Fact]
    public void Bad_missing_and_repeated_values_are_reported()
    {
        var parsed = PromptText.Parse("Rain. --dur five --wm yes --seed 1 --seed 2 --fps");
        Assert.Equal(new PromptFlags { Seed = 1 }, parsed.Flags);
        Assert.Collection(parsed.Problems,
            p => Assert.Equal(("prompt --dur", "five", "an integer"), (p.Field, p.Value, p.Allowed)),
            p => Assert.Equal(("prompt --wm", "yes", "true or false"), (p.Field, p.Value, p.Allowed)),
            p => Assert.Equal(("prompt --seed", "2"), (p.Field, p.Value)),
            p => Assert.Equal(("prompt --fps", (string?)null), (p.Field, p.Value)));
        Assert.All(parsed.Problems, p => Assert.Equal("prompt-flag", p.Rule));
    }

    [Fact]
    public void Unknown_flags_are_returned_as_written()
    {
        var parsed = PromptText.Parse("Snow. --rs 480p --style anime --hd");
        Assert.Equal(["--style anime", "--hd"], parsed.UnknownFlags);
        Assert.Equal(new PromptFlags { Resolution = "480p" }, parsed.Flags);
    }

    [Fact]
    public void Negative_seed_is_a_value_not_a_flag()
    {
        Assert.Equal(-1, PromptText.Parse("x --seed -1").Flags.Seed);
    }
}
