using Seedance.Contracts.Catalog;
using Seedance.Contracts.Requests;

namespace Seedance.Contracts.Tests.Requests;

public sealed class CapabilitiesTests
{
    [Fact]
    public void Every_provider_has_one_row_in_provider_order()
    {
        Assert.Equal(ProviderId.All, Capabilities.All.Select(c => c.Provider));
        Assert.All(ProviderId.All, p => Assert.Same(Capabilities.For(p), Capabilities.All.Single(c => c.Provider == p)));
        Assert.Throws<ArgumentException>(() => Capabilities.For("openai"));
    }

    [Fact]
    public void The_table_agrees_with_the_catalog()
    {
        foreach (var c in Capabilities.All)
        {
            var models = ModelCatalog.For(c.Provider);
            Assert.Equal(c.FirstFrame, models.Any(m => m.SupportsFirstFrame));
            Assert.Equal(c.LastFrame, models.Any(m => m.SupportsLastFrame));
            Assert.Equal(c.MaxReferenceImages, models.Max(m => m.MaxReferenceImages));
            Assert.Equal(c.AudioGeneration, models.Any(m => m.SupportsAudioGeneration));
            Assert.Equal(c.Seed, models.Any(m => m.Seed is not null));
            Assert.Equal(c.Watermark, models.Any(m => m.SupportsWatermark));
            Assert.Equal(c.CameraFixed, models.Any(m => m.SupportsCameraFixed));
            Assert.Equal(c.FramesAndFps, models.Any(m => m.FramesPerSecond.Count > 0));
            Assert.Equal(c.Resolution4K, models.Any(m => m.Resolutions.Contains("4k")));
            Assert.Equal(c.ServiceTierAndExpiry, models.Any(m => m.ServiceTiers.Count > 0));
            Assert.Equal(c.MediaUrls, models.Any(m => m.MediaUrls is not null));
        }
    }

    [Fact]
    public void Markdown_table_has_a_column_per_provider_and_a_row_per_capability()
    {
        var table = Capabilities.ToMarkdownTable();
        var lines = table.TrimEnd('\n').Split('\n');
        Assert.Equal("| Capability | `cometapi-videos` | `cometapi-volc` | `acedata-seedance` | `seedance2-ink` |", lines[0]);
        Assert.Equal("|---|---|---|---|---|", lines[1]);
        Assert.Contains("| Reference images (max) | — | 4 | 9 | — |", lines);
        Assert.Contains("| Image by URL | — | ✓ | ✓ | ✓ (https) |", lines);
        Assert.Contains("| Cancel | — | — | — | ✓ |", lines);
        Assert.All(lines.Skip(2), l => Assert.Equal(6, l.Count(ch => ch == '|')));
    }
}
