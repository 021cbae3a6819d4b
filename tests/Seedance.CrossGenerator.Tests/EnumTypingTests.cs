using System.Text.Json.Nodes;
using Seedance.Generated.Tests.Support;

namespace Seedance.CrossGenerator.Tests;

/// <summary>
/// Not a wire difference but a typing one (docs/generator.md): Kiota's string enums are C# enums, so a
/// value the spec does not list yet parses to null; ours are extensible and keep it.
/// </summary>
public sealed class EnumTypingTests
{
    [Fact]
    public void A_status_the_spec_does_not_list_is_lost_by_Kiota_and_kept_by_ours()
    {
        var json = JsonNode.Parse("""{"requestId": "req_1", "status": "paused-by-provider"}""")!;

        var kiota = Wire.Parse(json, Kiota.Seedance2Ink.Models.Generation.CreateFromDiscriminatorValue);
        var ours = Wire.Parse(json, Seedance.Generated.Seedance2Ink.Models.Generation.CreateFromDiscriminatorValue);

        Assert.Null(kiota.Status);
        Assert.Equal("paused-by-provider", ours.Status?.Value);
        Assert.False(ours.Status?.IsKnown);
    }
}
