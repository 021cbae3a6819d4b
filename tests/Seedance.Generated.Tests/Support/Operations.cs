using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions;
using Seedance.Generated.Runtime;
using Ace = Seedance.Generated.AceDataSeedance;
using Ink = Seedance.Generated.Seedance2Ink;
using Videos = Seedance.Generated.CometApiVideos;
using Volc = Seedance.Generated.CometApiVolc;

namespace Seedance.Generated.Tests.Support;

/// <summary>What a test covers for an operation.</summary>
public enum Coverage
{
    /// <summary>Method, path, headers and body of the request the client sends.</summary>
    Request,

    /// <summary>The documented success examples parse into the right typed values.</summary>
    Parse,
}

/// <summary>Marks a test as covering <c>provider/operationId</c>; the coverage guard checks every spec operation has both kinds.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class CoversAttribute(string operation, Coverage kind) : Attribute
{
    /// <summary><c>provider/operationId</c>.</summary>
    public string Operation { get; } = operation;

    /// <summary>The kind of coverage.</summary>
    public Coverage Kind { get; } = kind;
}

/// <summary>
/// Calls any spec operation through its generated executor. The body is built from a request
/// example of the spec (JSON: parsed into the generated model; multipart: set property by property),
/// the path parameter defaults to the spec's parameter example. Used by the generic error and
/// forward-compatibility theories; an operation missing here fails them.
/// </summary>
public static class Operations
{
    /// <summary>Bytes of the file part the multipart tests attach (not a spec body: the spec has no file example).</summary>
    public static readonly byte[] FirstFrameBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0x2D, 0x2D, 0x0D, 0x0A, 0x7F];

    /// <summary>Invokes the operation and returns the typed result.</summary>
    public static async Task<object?> Invoke(SpecOperation op, IRequestAdapter adapter, JsonNode? body = null, string? pathValue = null, bool withFile = false)
    {
        body ??= op.RequestExamples.Values.FirstOrDefault();
        pathValue ??= op.PathParameters.Select(p => op.PathParameterExample(p["name"]!.GetValue<string>())).SingleOrDefault();
        switch (op.Key)
        {
            case "cometapi-videos/createVideo":
                return await new Videos.CometApiVideosClient(adapter).V1.Videos.PostAsync(CometMultipart(body!, withFile));
            case "cometapi-videos/getVideo":
                return await new Videos.CometApiVideosClient(adapter).V1.Videos[pathValue!].GetAsync();
            case "cometapi-volc/createTask":
                return await new Volc.CometApiVolcClient(adapter).Volc.V3.Contents.Generations.Tasks.PostAsync(
                    Wire.Parse(body!, Volc.Models.CreateTaskRequest.CreateFromDiscriminatorValue));
            case "cometapi-volc/getTask":
                return await new Volc.CometApiVolcClient(adapter).Volc.V3.Contents.Generations.Tasks[pathValue!].GetAsync();
            case "acedata-seedance/createVideo":
                return await new Ace.AceDataSeedanceClient(adapter).Seedance.Videos.PostAsync(
                    Wire.Parse(body!, Ace.Models.CreateVideoRequest.CreateFromDiscriminatorValue));
            case "acedata-seedance/queryTasks":
                return await new Ace.AceDataSeedanceClient(adapter).Seedance.Tasks.PostAsync(
                    Wire.Parse(body!, Ace.Models.TaskQuery.CreateFromDiscriminatorValue));
            case "seedance2-ink/createGeneration":
                return await new Ink.Seedance2InkClient(adapter).Api.Open.V1.Video.Generations.PostAsync(
                    Wire.Parse(body!, Ink.Models.CreateGenerationRequest.CreateFromDiscriminatorValue));
            case "seedance2-ink/getGeneration":
                return await new Ink.Seedance2InkClient(adapter).Api.Open.V1.Video.Generations[pathValue!].GetAsync();
            case "seedance2-ink/cancelGeneration":
                return await new Ink.Seedance2InkClient(adapter).Api.Open.V1.Video.Generations[pathValue!].Cancel.PostAsync();
            case "seedance2-ink/listModels":
                return await new Ink.Seedance2InkClient(adapter).Api.Open.V1.Models.GetAsync();
            default:
                throw new InvalidOperationException($"No executor call for {op.Key}: add it here, plus a request test and a parse test.");
        }
    }

    /// <summary>
    /// The CometAPI multipart body, set explicitly field by field from the spec's request example
    /// (plus, optionally, a PNG first frame).
    /// </summary>
    public static Videos.Models.CreateVideoMultipartBody CometMultipart(JsonNode example, bool withFile)
    {
        var known = new HashSet<string>(StringComparer.Ordinal) { "prompt", "model", "seconds", "size", "resolution" };
        var unknown = example.AsObject().Select(kv => kv.Key).Where(k => !known.Contains(k)).ToArray();
        Assert.True(unknown.Length == 0, $"the createVideo example has fields this test does not set: {string.Join(", ", unknown)}");
        return new Videos.Models.CreateVideoMultipartBody
        {
            Prompt = (string?)example["prompt"],
            Model = example["model"] is { } m ? new Videos.Models.VideoModel((string)m!) : default(Videos.Models.VideoModel?),
            Seconds = (int?)example["seconds"],
            Size = example["size"] is { } s ? new Videos.Models.VideoSize((string)s!) : default(Videos.Models.VideoSize?),
            Resolution = example["resolution"] is { } r ? new Videos.Models.VideoResolution((string)r!) : default(Videos.Models.VideoResolution?),
            InputReference = withFile ? new MultipartFile(new MemoryStream(FirstFrameBytes), "first frame.png", "image/png") : null,
        };
    }
}
