using System.Text.Json;
using Microsoft.Kiota.Serialization.Json;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Providers.CometApiVolc;
using Seedance.Contracts.Providers.Seedance2Ink;
using Seedance.Contracts.Quirks;

namespace Seedance.Contracts.Callbacks;

/// <summary>
/// Each provider's callback body, read with the generated models and the same mappers as a status poll:
/// the Volc route POSTs Ark's task object (the query reply) on every status change; AceData POSTs its
/// videos reply (the blocking reply's shape) once done; Seedance2.ink's body is not published, and is read
/// as its status reply (docs/job-api.md, "Callbacks").
/// </summary>
internal static class CallbackBodies
{
    public static VideoJobStatus Read(string provider, byte[] body)
    {
        JsonParseNode node;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw new JsonException("The body is not a JSON object.");
            node = new JsonParseNode(document.RootElement.Clone());
        }
        catch (JsonException exception)
        {
            throw new SeedanceCallbackRejectedException(SeedanceCallbackRejection.BadBody, $"A {provider} callback body is not a JSON object: {exception.Message}", provider, exception);
        }

        VideoJobStatus? status = provider switch
        {
            ProviderId.CometApiVolc => node.GetObjectValue(Generated.CometApiVolc.Models.ArkTask.CreateFromDiscriminatorValue) is { Id: { Length: > 0 } id } task
                ? CometApiVolcMapper.ToStatus(id, task, null) : null,
            ProviderId.AceDataSeedance => node.GetObjectValue(Generated.AceDataSeedance.Models.VideoResult.CreateFromDiscriminatorValue) is { TaskId: { Length: > 0 } taskId } result
                ? AceDataResultShape.ToStatus(taskId, result) : null,
            ProviderId.Seedance2Ink => node.GetObjectValue(Generated.Seedance2Ink.Models.Generation.CreateFromDiscriminatorValue) is { RequestId: { Length: > 0 } requestId } generation
                ? Seedance2InkMapper.FromGeneration(requestId, generation, null) : null,
            _ => throw new SeedanceCallbackRejectedException(SeedanceCallbackRejection.UnknownProvider,
                $"'{provider}' sends no callbacks the SDK reads (providers with callbacks: {ProviderId.CometApiVolc}, {ProviderId.AceDataSeedance}, {ProviderId.Seedance2Ink}).", provider),
        };
        return status ?? throw new SeedanceCallbackRejectedException(SeedanceCallbackRejection.BadBody, $"A {provider} callback body carries no job id.", provider);
    }
}
