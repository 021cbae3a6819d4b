using System.Text.Json.Nodes;
using Seedance.Generated.Tests.Support;
using Xunit.Sdk;
using Videos = Seedance.Generated.CometApiVideos.Models;

namespace Seedance.Generated.Tests;

/// <summary>The structural checks the wire tests rely on do fail when they should.</summary>
public sealed class CheckerSelfTests
{
    private static JsonNode InProgress => SpecDocument.Load("cometapi-videos").Operation("getVideo").SuccessExamples["in-progress"];

    [Fact]
    public void Json_equivalence_ignores_null_members_and_number_spelling_only()
    {
        var example = InProgress.AsObject();
        var same = JsonNode.Parse(example.ToJsonString())!.AsObject();
        same["progress"] = JsonValue.Create(45.0m);
        same.Remove("completed_at"); // null in the example: equivalent to absent
        Wire.AssertJsonEquivalent(example, same);

        var changedValue = JsonNode.Parse(example.ToJsonString())!.AsObject();
        changedValue["progress"] = 46;
        Assert.Throws<TrueException>(() => Wire.AssertJsonEquivalent(example, changedValue));

        var changedType = JsonNode.Parse(example.ToJsonString())!.AsObject();
        changedType["progress"] = "45";
        Assert.Throws<TrueException>(() => Wire.AssertJsonEquivalent(example, changedType));

        var missing = JsonNode.Parse(example.ToJsonString())!.AsObject();
        missing.Remove("model");
        Assert.Throws<TrueException>(() => Wire.AssertJsonEquivalent(example, missing));

        var extra = JsonNode.Parse(example.ToJsonString())!.AsObject();
        extra["surprise"] = 1;
        Assert.Throws<TrueException>(() => Wire.AssertJsonEquivalent(example, extra));
    }

    [Fact]
    public void A_declared_field_that_fell_into_AdditionalData_is_reported()
    {
        var spec = SpecDocument.Load("cometapi-videos");
        var op = spec.Operation("getVideo");
        var mistyped = InProgress.AsObject();
        mistyped["progress"] = "45%";
        var video = Wire.Parse(mistyped, Videos.Video.CreateFromDiscriminatorValue);
        Assert.True(video.AdditionalData.ContainsKey("progress"));

        // Round-trip alone would not notice (the raw value is written back)...
        Wire.AssertJsonEquivalent(mistyped, Wire.Serialize(video));
        // ...the typed checks do.
        Assert.Throws<TrueException>(() => Wire.AssertNoDeclaredFieldInAdditionalData(video));
        Assert.Throws<TrueException>(() => Wire.AssertTypedAgainstSchema(spec, op.ResponseSchema(op.SuccessStatus), video));

        var clean = Wire.Parse(InProgress, Videos.Video.CreateFromDiscriminatorValue);
        Wire.AssertNoDeclaredFieldInAdditionalData(clean);
        Wire.AssertTypedAgainstSchema(spec, op.ResponseSchema(op.SuccessStatus), clean);
    }

    [Fact]
    public void A_schema_field_the_model_does_not_read_is_reported()
    {
        var spec = SpecDocument.Load("cometapi-videos");
        var schema = JsonNode.Parse(spec.Resolve(spec.Root["components"]!["schemas"]!["Video"]!).ToJsonString())!.AsObject();
        schema["properties"]!["thumbnail_url"] = new JsonObject { ["type"] = "string" };
        var video = Wire.Parse(InProgress, Videos.Video.CreateFromDiscriminatorValue);
        Assert.Throws<TrueException>(() => Wire.AssertTypedAgainstSchema(spec, schema, video));
    }

    [Fact]
    public void Yaml_scalars_follow_the_core_schema()
    {
        var example = SpecDocument.Load("cometapi-videos").Operation("createVideo").RequestExamples["success"];
        Assert.Equal(System.Text.Json.JsonValueKind.Number, example["seconds"]!.GetValueKind()); // plain 5
        Assert.Equal(System.Text.Json.JsonValueKind.String, example["size"]!.GetValueKind()); // '16:9'
        Assert.Equal(System.Text.Json.JsonValueKind.String, example["resolution"]!.GetValueKind()); // plain 720p
        Assert.Equal("5", Wire.FormText(example["seconds"]!));
    }
}
