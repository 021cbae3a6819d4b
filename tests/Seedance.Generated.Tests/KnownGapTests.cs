using System.Globalization;
using Seedance.Generated.AceDataSeedance.Models;
using Seedance.Generated.Tests.Support;

namespace Seedance.Generated.Tests;

/// <summary>
/// Behaviour the specs document that the generator does not deliver yet. Skipped with the reason;
/// remove the Skip once the generator is fixed (the test then guards the fix).
/// </summary>
public sealed class KnownGapTests(CaptureServer server) : IClassFixture<CaptureServer>
{
    [Fact(Skip = "Generator gap: TaskEmpty ({type: object, additionalProperties: false, maxProperties: 0}) becomes an UntypedNode alternative that the object branch of the oneOf never chooses; {} ties at 0 required fields and goes to TaskRecord. See the report.")]
    public async Task QueryTasks_empty_object_reply_is_the_TaskEmpty_alternative()
    {
        var op = SpecDocument.Load("acedata-seedance").Operation("queryTasks");
        server.Respond(int.Parse(op.SuccessStatus, CultureInfo.InvariantCulture), op.SuccessExamples["not-found-empty"].ToJsonString());

        var result = Assert.IsType<TaskQueryResult>(await Operations.Invoke(op, Wire.Adapter(server)));

        Assert.Null(result.TaskRecord);
        Assert.Null(result.TaskBatch);
        Assert.NotNull(result.Untyped);
    }
}
