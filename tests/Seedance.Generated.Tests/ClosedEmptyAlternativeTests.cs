using System.Globalization;
using Seedance.Generated.AceDataSeedance.Models;
using Seedance.Generated.Tests.Support;

namespace Seedance.Generated.Tests;

/// <summary>
/// AceData's task query answers an unknown id with <c>{}</c>, which the spec models as a closed empty
/// object (TaskEmpty). The oneOf must pick it, not an empty TaskRecord missing every required field.
/// </summary>
public sealed class ClosedEmptyAlternativeTests(ReplayFixture server) : IClassFixture<ReplayFixture>
{
    [Fact]
    public async Task QueryTasks_empty_object_reply_is_the_TaskEmpty_alternative()
    {
        var op = SpecDocument.Load("acedata-seedance").Operation("queryTasks");
        server.Respond(int.Parse(op.SuccessStatus, CultureInfo.InvariantCulture), op.SuccessExamples["not-found-empty"].ToJsonString());

        var result = Assert.IsType<TaskQueryResult>(await Operations.Invoke(op, Wire.Adapter(server)));

        Assert.NotNull(result.TaskEmpty);
        Assert.Null(result.TaskRecord);
        Assert.Null(result.TaskBatch);
        Assert.Null(result.Unknown);
    }

    [Fact]
    public async Task QueryTasks_record_reply_is_not_taken_for_the_closed_empty_alternative()
    {
        var op = SpecDocument.Load("acedata-seedance").Operation("queryTasks");
        server.Respond(int.Parse(op.SuccessStatus, CultureInfo.InvariantCulture), op.SuccessExamples["retrieve"].ToJsonString());

        var result = Assert.IsType<TaskQueryResult>(await Operations.Invoke(op, Wire.Adapter(server)));

        Assert.NotNull(result.TaskRecord);
        Assert.Null(result.TaskEmpty);
    }
}
