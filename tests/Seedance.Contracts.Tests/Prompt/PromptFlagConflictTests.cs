using Seedance.Contracts.Prompt;

namespace Seedance.Contracts.Tests.Prompt;

public sealed class PromptFlagConflictTests
{
    [Fact]
    public void A_flag_that_contradicts_a_field_is_reported()
    {
        var conflicts = PromptFlags.FindConflicts(
            new PromptFlags { Resolution = "1080p", Duration = 5, Watermark = true },
            new PromptFlags { Resolution = "720p", Duration = 5, Watermark = false, Seed = 3 });

        Assert.Collection(conflicts,
            c =>
            {
                Assert.Equal("resolution", c.Field);
                Assert.Equal("--rs/--resolution 1080p in the prompt text, 720p as a field", c.Value);
                Assert.Equal("prompt-flag-conflict", c.Rule);
            },
            c => Assert.Equal("watermark", c.Field));
    }

    [Fact]
    public void Same_values_or_one_side_only_are_not_conflicts()
    {
        Assert.Empty(PromptFlags.FindConflicts(new PromptFlags { Ratio = "16:9" }, new PromptFlags { Ratio = "16:9", Seed = 1 }));
        Assert.Empty(PromptFlags.FindConflicts(new PromptFlags { Resolution = "720P" }, new PromptFlags { Resolution = "720p" }));
        Assert.Empty(PromptFlags.FindConflicts(PromptFlags.None, new PromptFlags { Duration = 4 }));
    }

    [Fact]
    public void Or_fills_unset_values_from_the_fallback()
    {
        var merged = new PromptFlags { Duration = 5 }.Or(new PromptFlags { Duration = 9, Seed = 2 });
        Assert.Equal(new PromptFlags { Duration = 5, Seed = 2 }, merged);
    }
}
