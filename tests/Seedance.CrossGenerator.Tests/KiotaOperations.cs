using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions;
using Seedance.Generated.Tests.Support;
using Ace = Kiota.AceDataSeedance;
using Ink = Kiota.Seedance2Ink;
using Videos = Kiota.CometApiVideos;
using Volc = Kiota.CometApiVolc;

namespace Seedance.CrossGenerator.Tests;

/// <summary>
/// Calls a spec operation through the client the Kiota CLI generated (obj/kiota/), the counterpart of
/// <see cref="Operations.Invoke"/> for ours. JSON bodies are parsed from the example into Kiota's own
/// model, so the request carries exactly what Kiota's types can hold of the example.
/// </summary>
public static class KiotaOperations
{
    /// <summary>Sends the operation's request; the result is not looked at.</summary>
    public static async Task Invoke(SpecOperation op, IRequestAdapter adapter, JsonNode? body, string? pathValue, bool withFile)
    {
        switch (op.Key)
        {
            case "cometapi-videos/createVideo":
                await new Videos.CometApiVideosKiotaClient(adapter).V1.Videos.PostAsync(Multipart(body!, withFile));
                return;
            case "cometapi-videos/getVideo":
                await new Videos.CometApiVideosKiotaClient(adapter).V1.Videos[pathValue!].GetAsync();
                return;
            case "cometapi-volc/createTask":
                await new Volc.CometApiVolcKiotaClient(adapter).Volc.V3.Contents.Generations.Tasks.PostAsync(
                    Wire.Parse(body!, Volc.Models.CreateTaskRequest.CreateFromDiscriminatorValue));
                return;
            case "cometapi-volc/getTask":
                await new Volc.CometApiVolcKiotaClient(adapter).Volc.V3.Contents.Generations.Tasks[pathValue!].GetAsync();
                return;
            case "acedata-seedance/createVideo":
                await new Ace.AceDataSeedanceKiotaClient(adapter).Seedance.Videos.PostAsync(
                    Wire.Parse(body!, Ace.Models.CreateVideoRequest.CreateFromDiscriminatorValue));
                return;
            case "acedata-seedance/queryTasks":
                await new Ace.AceDataSeedanceKiotaClient(adapter).Seedance.Tasks.PostAsync(
                    Wire.Parse(body!, Ace.Models.TaskQuery.CreateFromDiscriminatorValue));
                return;
            case "seedance2-ink/createGeneration":
                await new Ink.Seedance2InkKiotaClient(adapter).Api.Open.V1.Video.Generations.PostAsync(
                    Wire.Parse(body!, Ink.Models.CreateGenerationRequest.CreateFromDiscriminatorValue));
                return;
            case "seedance2-ink/getGeneration":
                await new Ink.Seedance2InkKiotaClient(adapter).Api.Open.V1.Video.Generations[pathValue!].GetAsync();
                return;
            case "seedance2-ink/cancelGeneration":
                await new Ink.Seedance2InkKiotaClient(adapter).Api.Open.V1.Video.Generations[pathValue!].Cancel.PostAsync();
                return;
            case "seedance2-ink/listModels":
                await new Ink.Seedance2InkKiotaClient(adapter).Api.Open.V1.Models.GetAsync();
                return;
            default:
                throw new InvalidOperationException($"No Kiota CLI call for {op.Key}: add it here (and the spec to KiotaGenerate.targets if it is new).");
        }
    }

    /// <summary>
    /// Kiota types a multipart body as the untyped <see cref="MultipartBody"/>: the caller names each part
    /// and picks its content type. Every example field goes as a <c>text/plain</c> part, which is what
    /// the spec's encoding says and what a careful caller would write.
    /// </summary>
    private static MultipartBody Multipart(JsonNode example, bool withFile)
    {
        var body = new MultipartBody();
        foreach (var (name, value) in example.AsObject())
            body.AddOrReplacePart(name, "text/plain", Wire.FormText(value!));
        if (withFile)
            body.AddOrReplacePart<Stream>("input_reference", "image/png", new MemoryStream(Operations.FirstFrameBytes), "first frame.png");
        return body;
    }
}
