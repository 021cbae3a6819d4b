using Seedance.Contracts.Catalog;
using Seedance.Contracts.Prompt;
using Seedance.Contracts.Providers.CometApiVolc;
using Seedance.Contracts.Validation;

namespace Seedance.Contracts.Tests.Validation;

/// <summary>The validator parses the prompt's inline flags once and hands that parse on.</summary>
public sealed class ValidatedRequestTests
{
    private static VideoRequest Volc(string prompt) => new() { Model = "doubao-seedance-1-5-pro-251215", Prompt = prompt, Resolution = "720p" };

    [Fact]
    public void On_an_inline_flag_provider_the_validator_hands_on_its_parse()
    {
        var valid = VideoRequestValidator.Normalize(ProviderId.CometApiVolc, Volc("A paper boat. --rs 720p --dur 5"));

        Assert.NotNull(valid.ParsedPrompt);
        Assert.Equal("A paper boat.", valid.ParsedPrompt.Prompt);
        Assert.Equal(new PromptFlags { Resolution = "720p", Duration = 5 }, valid.TextFlags);
    }

    [Fact]
    public void Without_inline_flags_nothing_is_parsed()
    {
        var valid = VideoRequestValidator.Normalize(ProviderId.Seedance2Ink, new VideoRequest { Model = "seedance-2.0", Prompt = "A paper boat. --rs 720p" });

        Assert.Null(valid.ParsedPrompt);
        Assert.Equal(PromptFlags.None, valid.TextFlags);
    }

    [Fact]
    public async Task The_Volc_mapper_uses_the_parse_it_is_given_instead_of_reading_the_text_again()
    {
        var request = Volc("A paper boat. --rs 720p");
        var truth = VideoRequestValidator.Normalize(ProviderId.CometApiVolc, request);
        // A parse that (falsely) found no flags: a mapper that re-parsed the text would not repeat the field.
        var handedOn = truth with { ParsedPrompt = truth.ParsedPrompt! with { Flags = PromptFlags.None } };

        var fromTruth = await CometApiVolcMapper.ToCreateRequestAsync(truth, CancellationToken.None);
        var fromHandedOn = await CometApiVolcMapper.ToCreateRequestAsync(handedOn, CancellationToken.None);

        Assert.Equal("A paper boat. --rs 720p", fromTruth.Content![0].TextContent?.Text);
        Assert.Equal("A paper boat. --rs 720p --resolution 720p", fromHandedOn.Content![0].TextContent?.Text);
    }
}
