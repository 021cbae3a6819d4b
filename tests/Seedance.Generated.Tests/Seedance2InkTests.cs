using Microsoft.Kiota.Abstractions.Serialization;
using Seedance.Generated.Seedance2Ink;
using Seedance.Generated.Seedance2Ink.Models;
using Seedance.Generated.Tests.Support;

namespace Seedance.Generated.Tests;

/// <summary>specs/seedance2-ink.yaml: createGeneration, getGeneration, cancelGeneration, listModels.</summary>
public sealed class Seedance2InkTests(ReplayFixture server) : WireTests(server), IClassFixture<ReplayFixture>
{
    private const string SpecId = "seedance2-ink";
    private static SpecOperation CreateGeneration => SpecDocument.Load(SpecId).Operation("createGeneration");
    private static SpecOperation GetGeneration => SpecDocument.Load(SpecId).Operation("getGeneration");
    private static SpecOperation CancelGeneration => SpecDocument.Load(SpecId).Operation("cancelGeneration");
    private static SpecOperation ListModels => SpecDocument.Load(SpecId).Operation("listModels");

    public static TheoryData<string> CreateGenerationExamples => SuccessExampleNames(SpecId, "createGeneration");
    public static TheoryData<string> GetGenerationExamples => SuccessExampleNames(SpecId, "getGeneration");
    public static TheoryData<string> CancelGenerationExamples => SuccessExampleNames(SpecId, "cancelGeneration");
    public static TheoryData<string> ListModelsExamples => SuccessExampleNames(SpecId, "listModels");

    [Fact]
    [Covers("seedance2-ink/createGeneration", Coverage.Request)]
    public async Task CreateGeneration_built_by_hand_sends_the_same_body_as_the_example()
    {
        var op = CreateGeneration;
        var example = op.RequestExamples["success"];
        RespondWithSuccess(op);
        var metadata = new UntypedObject(example["metadata"]!.AsObject()
            .ToDictionary(kv => kv.Key, kv => (UntypedNode)new UntypedString((string?)kv.Value)));
        var body = new CreateGenerationRequest
        {
            Model = new GenerationModel((string)example["model"]!),
            Prompt = (string?)example["prompt"],
            AspectRatio = new AspectRatio((string)example["aspectRatio"]!),
            Duration = (int?)example["duration"],
            Resolution = new Resolution((string)example["resolution"]!),
            WebhookUrl = (string?)example["webhookUrl"],
            Metadata = metadata,
        };
        Assert.Equal(GenerationModel.Seedance20, body.Model);
        Assert.Equal(AspectRatio.Ratio16x9, body.AspectRatio);
        Assert.Equal(Resolution.P720, body.Resolution);

        await new Seedance2InkClient(Wire.Adapter(Server)).Api.Open.V1.Video.Generations.PostAsync(body);

        var request = Server.SingleRequest;
        AssertRequestLineAndHeaders(op, request);
        AssertJsonBody(request, example);
    }

    [Theory]
    [MemberData(nameof(CreateGenerationExamples))]
    [Covers("seedance2-ink/createGeneration", Coverage.Parse)]
    public async Task CreateGeneration_parses_the_documented_success_example(string name)
    {
        var created = await ParseSuccess<CreateGenerationResponse>(CreateGeneration, name);
        switch (name)
        {
            case "success":
                Assert.True(created.Success);
                Assert.Equal("req_1234567890", created.RequestId);
                Assert.Equal(GenerationStatus.Queued, created.Status);
                Assert.Equal(40, created.CreditsCharged);
                Assert.Empty(created.AdditionalData);
                break;
            default:
                UnknownExample(CreateGeneration, name);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(GetGenerationExamples))]
    [Covers("seedance2-ink/getGeneration", Coverage.Parse)]
    public async Task GetGeneration_parses_every_documented_lifecycle_example(string name)
    {
        var generation = await ParseSuccess<Generation>(GetGeneration, name);
        Assert.True(generation.Success);
        Assert.Equal("req_1234567890", generation.RequestId);
        Assert.Equal("seedance-2.0", generation.Model);
        Assert.Equal("A river flowing through an autumn forest, aerial view, cinematic motion", generation.Prompt);
        Assert.Equal(5, generation.Duration);
        Assert.Equal("16:9", generation.AspectRatio);
        Assert.True(generation.Status!.Value.IsKnown);
        Assert.Empty(generation.AdditionalData);
        switch (name)
        {
            case "queued":
                Assert.Equal(GenerationStatus.Queued, generation.Status);
                Assert.Null(generation.Output);
                Assert.Null(generation.Error);
                break;
            case "processing":
                Assert.Equal(GenerationStatus.Processing, generation.Status);
                Assert.Null(generation.Output);
                break;
            case "succeeded":
                Assert.Equal(GenerationStatus.Succeeded, generation.Status);
                Assert.Equal("video", generation.Output?.Type);
                Assert.Equal("https://pub-your-bucket.r2.dev/open-api-results/req_1234567890.mp4", generation.Output?.Url);
                Assert.Null(generation.Error);
                break;
            case "failed":
                Assert.Equal(GenerationStatus.Failed, generation.Status);
                Assert.Null(generation.Output);
                Assert.Equal("generation_failed", generation.Error?.Code);
                Assert.Equal("The video could not be generated.", generation.Error?.Message);
                break;
            case "cancelled":
                Assert.Equal(GenerationStatus.Cancelled, generation.Status);
                Assert.Null(generation.Output);
                Assert.Null(generation.Error);
                break;
            default:
                UnknownExample(GetGeneration, name);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(CancelGenerationExamples))]
    [Covers("seedance2-ink/cancelGeneration", Coverage.Parse)]
    public async Task CancelGeneration_parses_the_documented_success_example(string name)
    {
        var cancelled = await ParseSuccess<CancelGenerationResponse>(CancelGeneration, name);
        switch (name)
        {
            case "success":
                Assert.True(cancelled.Success);
                Assert.Equal("req_1234567890", cancelled.RequestId);
                Assert.Equal(GenerationStatus.Cancelled, cancelled.Status);
                break;
            default:
                UnknownExample(CancelGeneration, name);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(ListModelsExamples))]
    [Covers("seedance2-ink/listModels", Coverage.Parse)]
    public async Task ListModels_parses_the_documented_catalogue(string name)
    {
        var list = await ParseSuccess<ModelList>(ListModels, name);
        switch (name)
        {
            case "success":
                Assert.True(list.Success);
                Assert.Equal(3, list.Data!.Count);
                var ids = list.Data.Select(m => Assert.IsType<UntypedString>(Assert.IsType<UntypedObject>(m).GetValue()["id"]).GetValue());
                Assert.Equal(["seedance-2.0", "seedance-2.0-fast", "seedance-1.5-pro"], ids);
                var proDurations = Assert.IsType<UntypedArray>(((UntypedObject)list.Data[2]).GetValue()["durations"]).GetValue()
                    .Select(d => Assert.IsType<UntypedInteger>(d).GetValue());
                Assert.Equal([5, 10], proDurations);
                break;
            default:
                UnknownExample(ListModels, name);
                break;
        }
    }
}
