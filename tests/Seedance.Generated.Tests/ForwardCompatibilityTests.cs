using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions.Serialization;
using Seedance.Generated.Runtime;
using Seedance.Generated.Tests.Support;
using Ace = Seedance.Generated.AceDataSeedance.Models;
using Ink = Seedance.Generated.Seedance2Ink.Models;
using Videos = Seedance.Generated.CometApiVideos.Models;
using Volc = Seedance.Generated.CometApiVolc.Models;

namespace Seedance.Generated.Tests;

/// <summary>
/// A provider adding a status or a field must not break parsing: starting from a documented example,
/// an unknown enum value survives as an extensible value with IsKnown false, and an unknown field
/// lands in AdditionalData and is written back unchanged.
/// </summary>
public sealed class ForwardCompatibilityTests(ReplayFixture server) : IClassFixture<ReplayFixture>
{
    public static TheoryData<string, string, string> StatusCases => new()
    {
        { "cometapi-videos", "getVideo", "PAUSED" },
        { "cometapi-volc", "getTask", "paused" },
        { "seedance2-ink", "getGeneration", "paused" },
        { "seedance2-ink", "cancelGeneration", "cancelling" },
        { "seedance2-ink", "createGeneration", "" },
    };

    public static TheoryData<string, string> UnknownFieldCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var op in SpecDocument.AllOperations())
        {
            foreach (var (name, example) in op.SuccessExamples)
            {
                if (example is JsonObject) data.Add(op.Key, name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(StatusCases))]
    public async Task An_unknown_status_survives_as_an_extensible_value(string specId, string operationId, string status)
    {
        var op = SpecDocument.Load(specId).Operation(operationId);
        var example = op.SuccessExamples.First().Value.AsObject();
        Assert.True(example.ContainsKey("status"), $"{op.Key} example has no status");
        example["status"] = status;
        server.Respond(int.Parse(op.SuccessStatus, CultureInfo.InvariantCulture), example.ToJsonString());

        var result = await Operations.Invoke(op, Wire.Adapter(server));

        var value = result switch
        {
            Videos.Video v => (IExtensibleEnum?)v.Status,
            Volc.ArkTask t => t.Status,
            Ink.Generation g => g.Status,
            Ink.CancelGenerationResponse c => c.Status,
            Ink.CreateGenerationResponse c => c.Status,
            _ => throw new InvalidOperationException("unexpected result " + result?.GetType()),
        };
        Assert.NotNull(value);
        Assert.Equal(status, value!.Value);
        Assert.False(value.IsKnown);
        Assert.DoesNotContain("status", ((IAdditionalDataHolder)result).AdditionalData.Keys);
        Wire.AssertJsonEquivalent(example, Wire.Serialize((IParsable)result));
    }

    [Fact]
    public void Known_and_unknown_enum_values_compare_by_wire_value()
    {
        Assert.Equal(Videos.VideoStatus.Submitted, new Videos.VideoStatus("SUBMITTED"));
        Assert.NotEqual(Videos.VideoStatus.Submitted, new Videos.VideoStatus("submitted"));
        Assert.True(new Videos.VideoStatus("SUBMITTED").IsKnown);
        Assert.False(new Videos.VideoStatus("submitted").IsKnown);
    }

    [Theory]
    [MemberData(nameof(UnknownFieldCases))]
    public async Task An_unknown_field_lands_in_AdditionalData_and_round_trips(string operation, string exampleName)
    {
        var op = SpecDocument.AllOperations().Single(o => o.Key == operation);
        var example = op.SuccessExamples[exampleName].AsObject();
        const string field = "x_future_field";
        Assert.False(example.ContainsKey(field));
        example[field] = new JsonObject { ["nested"] = new JsonArray(1, "two", true) };
        server.Respond(int.Parse(op.SuccessStatus, CultureInfo.InvariantCulture), example.ToJsonString());

        var result = await Operations.Invoke(op, Wire.Adapter(server));

        var holder = result switch
        {
            IAdditionalDataHolder h => h,
            Ace.TaskQueryResult { TaskRecord: { } r } => r,
            Ace.TaskQueryResult { TaskBatch: { } b } => b,
            _ => null,
        };
        if (result is Ace.TaskQueryResult { TaskRecord: null, TaskBatch: null } q)
        {
            // An object that fits no alternative (the empty reply is closed, the others miss required fields): kept whole.
            Assert.True(q.Unknown is UntypedObject, "the empty-object reply with an extra field was lost");
        }
        else
        {
            Assert.NotNull(holder);
            var kept = Assert.IsType<UntypedObject>(holder!.AdditionalData[field]);
            Assert.IsType<UntypedArray>(kept.GetValue()["nested"]);
        }
        Wire.AssertJsonEquivalent(example, Wire.Serialize((IParsable)result!));
        Wire.AssertNoDeclaredFieldInAdditionalData(result);
    }

    [Fact]
    public async Task A_mistyped_declared_field_is_kept_raw_instead_of_failing_the_parse()
    {
        var op = SpecDocument.Load("cometapi-videos").Operation("getVideo");
        var example = op.SuccessExamples["in-progress"].AsObject();
        example["progress"] = "45%";
        server.Respond(200, example.ToJsonString());

        var video = Assert.IsType<Videos.Video>(await Operations.Invoke(op, Wire.Adapter(server)));

        Assert.Null(video.Progress);
        Assert.Equal("45%", Assert.IsType<UntypedString>(video.AdditionalData["progress"]).GetValue());
        Assert.Equal(Videos.VideoStatus.InProgress, video.Status);
        Wire.AssertJsonEquivalent(example, Wire.Serialize(video));
    }
}
