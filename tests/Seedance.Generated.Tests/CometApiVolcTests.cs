using Seedance.Generated.CometApiVolc;
using Seedance.Generated.CometApiVolc.Models;
using Seedance.Generated.Tests.Support;
using TaskStatus = Seedance.Generated.CometApiVolc.Models.TaskStatus;

namespace Seedance.Generated.Tests;

/// <summary>specs/cometapi-volc.yaml: createTask and getTask (Ark task object).</summary>
public sealed class CometApiVolcTests(ReplayFixture server) : WireTests(server), IClassFixture<ReplayFixture>
{
    private const string SpecId = "cometapi-volc";
    private static SpecOperation CreateTask => SpecDocument.Load(SpecId).Operation("createTask");
    private static SpecOperation GetTask => SpecDocument.Load(SpecId).Operation("getTask");

    public static TheoryData<string> CreateTaskExamples => SuccessExampleNames(SpecId, "createTask");
    public static TheoryData<string> GetTaskExamples => SuccessExampleNames(SpecId, "getTask");

    [Fact]
    [Covers("cometapi-volc/createTask", Coverage.Request)]
    public async Task CreateTask_built_by_hand_sends_the_same_body_as_the_example()
    {
        var op = CreateTask;
        var example = op.RequestExamples["success"];
        var text = example["content"]![0]!;
        Assert.Equal("text", (string?)text["type"]);
        RespondWithSuccess(op);
        var body = new CreateTaskRequest
        {
            Model = (string?)example["model"],
            Content = [new TextContent { Type = TextContentType.Text, Text = (string?)text["text"] }],
        };

        await new CometApiVolcClient(Wire.Adapter(Server)).Volc.V3.Contents.Generations.Tasks.PostAsync(body);

        var request = Server.SingleRequest;
        AssertRequestLineAndHeaders(op, request);
        AssertJsonBody(request, example);
    }

    [Theory]
    [MemberData(nameof(CreateTaskExamples))]
    [Covers("cometapi-volc/createTask", Coverage.Parse)]
    public async Task CreateTask_parses_the_documented_success_example(string name)
    {
        var created = await ParseSuccess<CreateTaskResponse>(CreateTask, name);
        switch (name)
        {
            case "success":
                Assert.Equal("021773297205999example", created.Id);
                Assert.Empty(created.AdditionalData);
                break;
            default:
                UnknownExample(CreateTask, name);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(GetTaskExamples))]
    [Covers("cometapi-volc/getTask", Coverage.Parse)]
    public async Task GetTask_parses_every_documented_lifecycle_example(string name)
    {
        var task = await ParseSuccess<ArkTask>(GetTask, name);
        Assert.Equal("021773297205999example", task.Id);
        Assert.Equal("doubao-seedance-1-5-pro-251215", task.Model);
        Assert.Equal(1773297205L, task.CreatedAt);
        Assert.True(task.Status!.Value.IsKnown);
        Assert.Empty(task.AdditionalData);
        switch (name)
        {
            case "queued":
                Assert.Equal(TaskStatus.Queued, task.Status);
                Assert.Equal(1773297205L, task.UpdatedAt);
                Assert.Null(task.Error);
                Assert.Null(task.Content);
                break;
            case "running":
                Assert.Equal(TaskStatus.Running, task.Status);
                Assert.Equal(1773297212L, task.UpdatedAt);
                Assert.Null(task.Content);
                break;
            case "succeeded":
                Assert.Equal(TaskStatus.Succeeded, task.Status);
                Assert.Equal("https://example.com/generated.mp4", task.Content?.VideoUrl);
                Assert.Null(task.Content?.LastFrameUrl);
                Assert.Equal(1773297260L, task.UpdatedAt);
                Assert.Equal("720p", task.Resolution);
                Assert.Equal(5, task.Duration);
                Assert.Equal("16:9", task.Ratio);
                Assert.Equal(24, task.Framespersecond);
                Assert.Null(task.Frames);
                Assert.Null(task.Error);
                break;
            case "failed":
                Assert.Equal(TaskStatus.Failed, task.Status);
                Assert.Equal("OutputVideoSensitiveContentDetected", task.Error?.Code);
                Assert.Equal("The request failed because the output video may contain sensitive information.", task.Error?.Message);
                Assert.Null(task.Content);
                break;
            case "expired":
                Assert.Equal(TaskStatus.Expired, task.Status);
                Assert.Equal("flex", task.ServiceTier);
                Assert.Equal(3600, task.ExecutionExpiresAfter);
                Assert.Equal(1773300805L, task.UpdatedAt);
                Assert.Null(task.Error);
                break;
            default:
                UnknownExample(GetTask, name);
                break;
        }
    }
}
