using System.Text.Json.Nodes;
using Seedance.Conformance.Schemas;
using Seedance.Conformance.Specs;
using static Seedance.Conformance.Tests.ConformanceSupport;

namespace Seedance.Conformance.Tests;

/// <summary>The schema and drift checks through a <c>oneOf</c> (AceData's task lookup: a record, a batch, or an empty object).</summary>
public class ResponseCheckerTests
{
    private static readonly Lazy<ResponseChecker> Checker = new(() => new ResponseChecker(SpecSet.Load(Paths.SpecsDirectory)));

    private static JsonObject Record() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Paths.FilesDirectory, "acedata-seedance", "queryTasks", "200-retrieve.json")))!.AsObject();

    private static ResponseVerdict Check(JsonNode body) =>
        Checker.Value.Check("acedata-seedance", "POST", "/seedance/tasks", 200, [], body.ToJsonString());

    [Fact]
    public void A_new_field_inside_the_matched_oneOf_member_is_drift_at_its_pointer()
    {
        var record = Record();
        record["shard"] = 3;
        var batch = new JsonObject { ["items"] = new JsonArray(record), ["count"] = 1 };

        var verdict = Check(batch);

        Assert.Empty(verdict.Violations);
        var drift = Assert.Single(verdict.Drift);
        Assert.Equal((DriftKinds.Field, "/items/0/shard"), (drift.Kind, drift.Pointer));
        Assert.Contains("#/components/schemas/TaskRecord/properties", drift.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_record_as_documented_has_no_drift_and_its_undeclared_id_is_accepted()
    {
        var record = Record();
        Assert.True(record.ContainsKey("_id"));

        var verdict = Check(record);

        Assert.Equal("queryTasks", verdict.Operation);
        Assert.Empty(verdict.Violations);
        Assert.Empty(verdict.Drift);
    }

    [Fact]
    public void A_body_that_matches_no_oneOf_member_fails_at_the_oneOf()
    {
        var verdict = Check(new JsonObject { ["items"] = "not a list", ["count"] = 1 });

        var oneOf = verdict.Violations[0];
        Assert.Equal(("", "matches none of the 3 oneOf members"), (oneOf.Pointer, oneOf.Message));
        Assert.EndsWith("#/components/schemas/TaskQueryResult/oneOf", oneOf.SpecLocation, StringComparison.Ordinal);
        Assert.Contains(verdict.Violations, v => v.Pointer == "/items" && v.SpecLocation.EndsWith("#/components/schemas/TaskBatch/properties/items/type", StringComparison.Ordinal));
    }
}
