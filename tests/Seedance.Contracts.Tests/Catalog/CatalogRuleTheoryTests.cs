using Seedance.Contracts.Catalog;
using Seedance.Contracts.Requests;
using static Seedance.Contracts.Tests.Validation.TestRequests;

namespace Seedance.Contracts.Tests.Catalog;

/// <summary>Every model's own rules, at the valid edge and just past it, driven by the catalog itself.</summary>
public sealed class CatalogRuleTheoryTests
{
    public static TheoryData<string, string> Models()
    {
        var data = new TheoryData<string, string>();
        foreach (var m in ModelCatalog.All)
        {
            data.Add(m.Provider, m.Id);
        }

        return data;
    }

    private static ModelSpec Spec(string provider, string id) =>
        ModelCatalog.TryGet(provider, id, out var spec) ? spec : throw new InvalidOperationException(id);

    // Image-to-video-only models need an image for an otherwise minimal valid request.
    private static VideoRequest Minimal(ModelSpec m) =>
        Request(m.Id) with { FirstFrame = m.SupportsTextToVideo ? null : Url() };

    [Theory]
    [MemberData(nameof(Models))]
    public void Duration_edges(string provider, string id)
    {
        var m = Spec(provider, id);
        AssertValid(provider, Minimal(m) with { Duration = m.Durations.Min });
        AssertValid(provider, Minimal(m) with { Duration = m.Durations.Max });
        AssertSingle(provider, Minimal(m) with { Duration = m.Durations.Max + 1 }, "duration");
        AssertSingle(provider, Minimal(m) with { Duration = 0 }, "duration");
        if (m.Durations.Min - 1 != DurationRule.Auto)
        {
            AssertSingle(provider, Minimal(m) with { Duration = m.Durations.Min - 1 }, "duration");
        }

        var auto = Minimal(m) with { Duration = DurationRule.Auto };
        if (m.Durations.AllowsAuto)
        {
            AssertValid(provider, auto);
        }
        else
        {
            AssertSingle(provider, auto, "duration");
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Resolutions_listed_are_accepted_and_others_rejected(string provider, string id)
    {
        var m = Spec(provider, id);
        foreach (var res in m.Resolutions)
        {
            AssertValid(provider, Minimal(m) with { Resolution = res });
        }

        foreach (var res in new[] { "480p", "720p", "1080p", "4k", "2k" }.Except(m.Resolutions))
        {
            var v = AssertSingle(provider, Minimal(m) with { Resolution = res }, "resolution");
            Assert.Equal($"one of {string.Join(", ", m.Resolutions)} for model {id}", v.Allowed);
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Aspect_ratios_listed_are_accepted_and_others_rejected(string provider, string id)
    {
        var m = Spec(provider, id);
        foreach (var ratio in m.AspectRatios)
        {
            var request = Minimal(m) with { AspectRatio = ratio };
            if (ratio == "adaptive" && m.SupportsFirstFrame)
            {
                request = request with { FirstFrame = Url() };
            }

            AssertValid(provider, request);
        }

        AssertSingle(provider, Minimal(m) with { AspectRatio = "5:4" }, "aspect-ratio");
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_rule_names_its_source(string provider, string id)
    {
        var m = Spec(provider, id);
        Assert.Equal(provider, m.Provider);
        Assert.NotEmpty(m.Sources);
        Assert.All(m.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s)));
        Assert.Contains(m.Sources, s => s.Contains("seed:", StringComparison.Ordinal) || s.Contains("providers.md", StringComparison.Ordinal) || s.Contains("ArkDocs", StringComparison.Ordinal));
        if (m.HasInferredRules)
        {
            Assert.Contains(m.Sources, s => s.Contains("[I]", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void A_minimal_request_is_valid(string provider, string id) =>
        AssertValid(provider, Minimal(Spec(provider, id)));

    [Fact]
    public void Ids_are_unique_per_provider_and_every_provider_has_models()
    {
        foreach (var provider in ProviderId.All)
        {
            var ids = ModelCatalog.IdsFor(provider);
            Assert.NotEmpty(ids);
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        }

        Assert.Equal(ProviderId.All.Sum(p => ModelCatalog.For(p).Count), ModelCatalog.All.Count);
    }

    [Fact]
    public void AceData_lists_all_nine_dated_ids()
    {
        Assert.Equal(
            [
                "doubao-seedance-1-0-pro-250528", "doubao-seedance-1-0-pro-fast-251015", "doubao-seedance-1-5-pro-251215",
                "doubao-seedance-1-0-lite-t2v-250428", "doubao-seedance-1-0-lite-i2v-250428", "doubao-seedance-2-0-260128",
                "doubao-seedance-2-0-fast-260128", "doubao-seedance-2-0-mini-260615", "doubao-seedance-2-5-260628",
            ],
            ModelCatalog.IdsFor(ProviderId.AceDataSeedance));
    }

    [Fact]
    public void Lookup_is_exact_and_unknown_providers_are_refused()
    {
        Assert.True(ModelCatalog.TryGet(ProviderId.Seedance2Ink, "seedance-2.0", out _));
        Assert.False(ModelCatalog.TryGet(ProviderId.Seedance2Ink, "SEEDANCE-2.0", out _));
        Assert.False(ModelCatalog.TryGet("nope", "seedance-2.0", out _));
        Assert.Throws<ArgumentException>(() => ModelCatalog.For("nope"));
    }

    [Fact]
    public void Rule_text_reads_like_the_docs()
    {
        Assert.Equal("4..15 or -1 (auto)", DurationRule.Between(4, 15, allowsAuto: true).ToString());
        Assert.Equal("5 or 10", DurationRule.OneOf(5, 10).ToString());
        Assert.Equal("25+4n in 29..289", new FramesRule(29, 289).ToString());
    }
}
