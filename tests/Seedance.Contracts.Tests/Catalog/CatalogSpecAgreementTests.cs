using Seedance.Contracts.Catalog;

namespace Seedance.Contracts.Tests.Catalog;

/// <summary>
/// The catalog and the specs must name the same models and values, in both directions: a spec
/// change that adds or drops a model (or a resolution, a ratio, a range bound) fails here until
/// the catalog follows.
/// </summary>
public sealed class CatalogSpecAgreementTests
{
    [Theory]
    [InlineData(ProviderId.CometApiVideos)]
    [InlineData(ProviderId.AceDataSeedance)]
    [InlineData(ProviderId.Seedance2Ink)]
    public void Model_enum_and_catalog_name_the_same_ids(string provider)
    {
        var spec = SpecDocument.Load(provider);
        var model = spec.CreateProperty("model") ?? throw new InvalidOperationException("no model property");
        var inSpec = spec.EnumValues(model);
        Assert.NotEmpty(inSpec);
        var inCatalog = ModelCatalog.IdsFor(provider);

        var missingFromCatalog = inSpec.Except(inCatalog).ToArray();
        var missingFromSpec = inCatalog.Except(inSpec).ToArray();
        Assert.True(missingFromCatalog.Length == 0 && missingFromSpec.Length == 0,
            $"{provider}: in the spec but not the catalog: [{string.Join(", ", missingFromCatalog)}]; " +
            $"in the catalog but not the spec: [{string.Join(", ", missingFromSpec)}]");
    }

    // The Volc route's `model` is a free string (CometAPI: "choose a current model from the Models
    // page"), so there is no enum. Its `x-known-values` list (the ids Ark documents) is what the
    // catalog is compared with, both ways; the documented example must be among them.
    [Fact]
    public void Volc_known_model_ids_and_catalog_name_the_same_ids()
    {
        var spec = SpecDocument.Load(ProviderId.CometApiVolc);
        var model = spec.CreateProperty("model") ?? throw new InvalidOperationException("no model property");
        Assert.Empty(spec.EnumValues(model));
        var known = spec.KnownValues(model);
        Assert.NotEmpty(known);
        Assert.False(string.IsNullOrWhiteSpace((string?)model["x-known-values-source"]), "x-known-values needs x-known-values-source");
        var inCatalog = ModelCatalog.IdsFor(ProviderId.CometApiVolc);
        Assert.True(known.Order().SequenceEqual(inCatalog.Order()),
            $"x-known-values [{string.Join(", ", known)}] differs from the catalog [{string.Join(", ", inCatalog)}]");
        var examples = spec.ExampleValues(model);
        Assert.Contains(CometApiVolcModels.DocumentedExampleId, examples);
        Assert.All(examples, id => Assert.Contains(id, known));
    }

    [Theory]
    [InlineData(ProviderId.CometApiVideos, "resolution")]
    [InlineData(ProviderId.CometApiVideos, "size")]
    [InlineData(ProviderId.AceDataSeedance, "resolution")]
    [InlineData(ProviderId.AceDataSeedance, "ratio")]
    [InlineData(ProviderId.Seedance2Ink, "resolution")]
    [InlineData(ProviderId.Seedance2Ink, "aspectRatio")]
    public void Value_enums_equal_the_union_over_the_catalog(string provider, string property)
    {
        var spec = SpecDocument.Load(provider);
        var schema = spec.CreateProperty(property) ?? throw new InvalidOperationException($"no {property} property");
        var models = ModelCatalog.For(provider);
        var inCatalog = property is "resolution"
            ? models.SelectMany(m => m.Resolutions)
            : models.SelectMany(m => m.AspectRatios);
        Assert.Equal(spec.EnumValues(schema).Order(), inCatalog.Distinct().Order());
    }

    [Theory]
    [InlineData(ProviderId.CometApiVideos, "seconds")]
    [InlineData(ProviderId.AceDataSeedance, "duration")]
    [InlineData(ProviderId.Seedance2Ink, "duration")]
    public void Every_model_duration_lies_within_the_spec_bounds(string provider, string property)
    {
        var schema = SpecDocument.Load(provider).CreateProperty(property) ?? throw new InvalidOperationException($"no {property}");
        var min = (long?)schema["minimum"];
        var max = (long?)schema["maximum"];
        foreach (var m in ModelCatalog.For(provider))
        {
            var lowest = m.Durations.AllowsAuto ? DurationRule.Auto : m.Durations.Min;
            Assert.True(min is null || lowest >= min, $"{m.Id}: {lowest} < spec minimum {min}");
            Assert.True(max is null || m.Durations.Max <= max, $"{m.Id}: {m.Durations.Max} > spec maximum {max}");
        }
    }

    [Theory]
    [InlineData("frames")]
    [InlineData("seed")]
    [InlineData("execution_expires_after")]
    public void AceData_numeric_ranges_equal_the_spec(string property)
    {
        var schema = SpecDocument.Load(ProviderId.AceDataSeedance).CreateProperty(property) ?? throw new InvalidOperationException(property);
        var m = AceDataSeedanceModels.Seedance10Pro;
        (long Min, long Max) catalog = property switch
        {
            "frames" => (m.Frames!.Min, m.Frames.Max),
            "seed" => (m.Seed!.Value.Min, m.Seed.Value.Max),
            _ => (m.ExecutionExpiresAfter!.Value.Min, m.ExecutionExpiresAfter.Value.Max),
        };
        Assert.Equal(((long?)schema["minimum"], (long?)schema["maximum"]), ((long?)catalog.Min, (long?)catalog.Max));
    }

    [Fact]
    public void Seedance2Ink_media_urls_bounds_equal_the_spec()
    {
        var schema = SpecDocument.Load(ProviderId.Seedance2Ink).CreateProperty("mediaUrls") ?? throw new InvalidOperationException("mediaUrls");
        Assert.Equal(Seedance2InkModels.MediaUrls.MinCount, (long?)schema["minItems"]);
        Assert.Equal(Seedance2InkModels.MediaUrls.MaxCount, (long?)schema["maxItems"]);
    }
}
