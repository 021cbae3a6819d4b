using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using Seedance.Contracts.Http;
using Ace = Seedance.Generated.AceDataSeedance;
using Ink = Seedance.Generated.Seedance2Ink;
using Videos = Seedance.Generated.CometApiVideos;
using Volc = Seedance.Generated.CometApiVolc;

namespace Seedance.Reliability.Tests.TestKit;

/// <summary>
/// One operation of one spec, as the provider clients call it: the generated executor wrapped in
/// <see cref="SeedanceCall.InvokeAsync{T}(RequestSafety, Func{SeedanceCallScope, CancellationToken, Task{T}}, CancellationToken)"/>
/// with an explicit safety class and a valid request built from the spec's request example.
/// </summary>
internal sealed record ReliabilityOperation(
    string Provider,
    string OperationId,
    string Method,
    string PathTemplate,
    RequestSafety Safety,
    string SafetyReason,
    Func<SeedancePipeline, string?, CancellationToken, Task<object?>> Invoke)
{
    /// <summary><c>provider/operationId</c>.</summary>
    public string Key => Provider + "/" + OperationId;

    /// <summary>The spec operation.</summary>
    public SpecOperation Spec => SpecDocument.Load(Provider).Operation(OperationId);

    /// <summary>True when the path has an id parameter.</summary>
    public bool HasId => PathTemplate.Contains('{', StringComparison.Ordinal);

    /// <summary>The spec's example id (or null when the path has none).</summary>
    public string? ExampleId => HasId ? Spec.PathParameterExample(Spec.PathParameters.Single()["name"]!.GetValue<string>()) : null;

    /// <summary>The path the request goes to with the example id.</summary>
    public string ExamplePath => PathFor(ExampleId);

    /// <summary>The path with <paramref name="id"/> escaped as one segment.</summary>
    public string PathFor(string? id)
    {
        var start = PathTemplate.IndexOf('{', StringComparison.Ordinal);
        if (start < 0) return PathTemplate;
        var end = PathTemplate.IndexOf('}', start);
        return PathTemplate[..start] + Uri.EscapeDataString(id!) + PathTemplate[(end + 1)..];
    }

    /// <summary>The safety class as the matrix names it (idempotent POST reads get their own column).</summary>
    public string SafetyClass => Safety == RequestSafety.Create ? "create" : Method == "GET" ? "idempotent GET" : "idempotent POST";

    /// <summary>A short column name, e.g. <c>videos/createVideo</c>.</summary>
    public string ShortName => Provider switch
    {
        "cometapi-videos" => "videos",
        "cometapi-volc" => "volc",
        "acedata-seedance" => "acedata",
        "seedance2-ink" => "ink",
        _ => Provider,
    } + "/" + OperationId;

    /// <inheritdoc />
    public override string ToString() => Key;
}

/// <summary>Every operation of every spec; <c>OperationTableGuardTests</c> checks it against specs/.</summary>
internal static class OperationTable
{
    private const string PaidPost = "starts a paid job: never replayed after the server may have received it";

    /// <summary>All operations, in spec order.</summary>
    public static IReadOnlyList<ReliabilityOperation> All { get; } =
    [
        new("cometapi-videos", "createVideo", "POST", "/v1/videos", RequestSafety.Create, PaidPost,
            (p, _, ct) => Run(p, RequestSafety.Create, (s, c) => new Videos.CometApiVideosClient(p.RequestAdapter).V1.Videos.PostAsync(CometMultipart(), s.Apply, c), ct)),
        new("cometapi-videos", "getVideo", "GET", "/v1/videos/{id}", RequestSafety.Idempotent, "a read",
            (p, id, ct) => Run(p, RequestSafety.Idempotent, (s, c) => new Videos.CometApiVideosClient(p.RequestAdapter).V1.Videos[id!].GetAsync(s.Apply, c), ct)),
        new("cometapi-volc", "createTask", "POST", "/volc/v3/contents/generations/tasks", RequestSafety.Create, PaidPost,
            (p, _, ct) => Run(p, RequestSafety.Create, (s, c) => new Volc.CometApiVolcClient(p.RequestAdapter).Volc.V3.Contents.Generations.Tasks.PostAsync(
                Body("cometapi-volc", "createTask", Volc.Models.CreateTaskRequest.CreateFromDiscriminatorValue), s.Apply, c), ct)),
        new("cometapi-volc", "getTask", "GET", "/volc/v3/contents/generations/tasks/{id}", RequestSafety.Idempotent, "a read",
            (p, id, ct) => Run(p, RequestSafety.Idempotent, (s, c) => new Volc.CometApiVolcClient(p.RequestAdapter).Volc.V3.Contents.Generations.Tasks[id!].GetAsync(s.Apply, c), ct)),
        new("acedata-seedance", "createVideo", "POST", "/seedance/videos", RequestSafety.Create, PaidPost,
            (p, _, ct) => Run(p, RequestSafety.Create, (s, c) => new Ace.AceDataSeedanceClient(p.RequestAdapter).Seedance.Videos.PostAsync(
                Body("acedata-seedance", "createVideo", Ace.Models.CreateVideoRequest.CreateFromDiscriminatorValue), s.Apply, c), ct)),
        new("acedata-seedance", "queryTasks", "POST", "/seedance/tasks", RequestSafety.Idempotent,
            "a read that uses POST (retrieve / retrieve_batch): replaying it changes nothing",
            (p, _, ct) => Run(p, RequestSafety.Idempotent, (s, c) => new Ace.AceDataSeedanceClient(p.RequestAdapter).Seedance.Tasks.PostAsync(
                Body("acedata-seedance", "queryTasks", Ace.Models.TaskQuery.CreateFromDiscriminatorValue), s.Apply, c), ct)),
        new("seedance2-ink", "createGeneration", "POST", "/api/open/v1/video/generations", RequestSafety.Create, PaidPost,
            (p, _, ct) => Run(p, RequestSafety.Create, (s, c) => new Ink.Seedance2InkClient(p.RequestAdapter).Api.Open.V1.Video.Generations.PostAsync(
                Body("seedance2-ink", "createGeneration", Ink.Models.CreateGenerationRequest.CreateFromDiscriminatorValue), s.Apply, c), ct)),
        new("seedance2-ink", "getGeneration", "GET", "/api/open/v1/video/generations/{requestId}", RequestSafety.Idempotent, "a read",
            (p, id, ct) => Run(p, RequestSafety.Idempotent, (s, c) => new Ink.Seedance2InkClient(p.RequestAdapter).Api.Open.V1.Video.Generations[id!].GetAsync(s.Apply, c), ct)),
        new("seedance2-ink", "cancelGeneration", "POST", "/api/open/v1/video/generations/{requestId}/cancel", RequestSafety.Idempotent,
            "a state change that cannot cost money: cancelling a cancelled job leaves it cancelled (at worst a replay after a lost "
            + "reply answers 400 invalid_state), and a cancel that is not retried keeps a paid job running",
            (p, id, ct) => Run(p, RequestSafety.Idempotent, (s, c) => new Ink.Seedance2InkClient(p.RequestAdapter).Api.Open.V1.Video.Generations[id!].Cancel.PostAsync(s.Apply, c), ct)),
        new("seedance2-ink", "listModels", "GET", "/api/open/v1/models", RequestSafety.Idempotent, "a read",
            (p, _, ct) => Run(p, RequestSafety.Idempotent, (s, c) => new Ink.Seedance2InkClient(p.RequestAdapter).Api.Open.V1.Models.GetAsync(s.Apply, c), ct)),
    ];

    /// <summary>The operation with this key (<c>provider/operationId</c>).</summary>
    public static ReliabilityOperation Get(string key) => All.Single(o => o.Key == key);

    /// <summary>Operation keys as theory data.</summary>
    public static TheoryData<string> Keys()
    {
        var data = new TheoryData<string>();
        foreach (var op in All) data.Add(op.Key);
        return data;
    }

    private static async Task<object?> Run<T>(SeedancePipeline pipeline, RequestSafety safety, Func<SeedanceCallScope, CancellationToken, Task<T>> call, CancellationToken ct) =>
        await pipeline.Call.InvokeAsync(safety, call, ct).ConfigureAwait(false);

    /// <summary>The operation's first request example parsed into the generated request model (Kiota's JSON parse node).</summary>
    public static T Body<T>(string provider, string operationId, ParsableFactory<T> factory)
        where T : IParsable
    {
        var example = SpecDocument.Load(provider).Operation(operationId).RequestExamples.Values.First();
        using var document = JsonDocument.Parse(example.ToJsonString());
        return new JsonParseNode(document.RootElement.Clone()).GetObjectValue(factory)!;
    }

    /// <summary>The CometAPI multipart body, field by field from the spec's request example.</summary>
    public static Videos.Models.CreateVideoMultipartBody CometMultipart()
    {
        var example = SpecDocument.Load("cometapi-videos").Operation("createVideo").RequestExamples.Values.First();
        var known = new HashSet<string>(StringComparer.Ordinal) { "prompt", "model", "seconds", "size", "resolution" };
        var unknown = example.AsObject().Select(kv => kv.Key).Where(k => !known.Contains(k)).ToArray();
        if (unknown.Length > 0) throw new InvalidOperationException($"the createVideo example has fields this table does not set: {string.Join(", ", unknown)}");
        return new Videos.Models.CreateVideoMultipartBody
        {
            Prompt = (string?)example["prompt"],
            Model = example["model"] is { } m ? new Videos.Models.VideoModel(m.GetValue<string>()) : (Videos.Models.VideoModel?)null,
            Seconds = (int?)example["seconds"],
            Size = example["size"] is { } s ? new Videos.Models.VideoSize(s.GetValue<string>()) : (Videos.Models.VideoSize?)null,
            Resolution = example["resolution"] is { } r ? new Videos.Models.VideoResolution(r.GetValue<string>()) : (Videos.Models.VideoResolution?)null,
        };
    }

    /// <summary>The first documented success body of the operation, as JSON text.</summary>
    public static string SuccessBody(ReliabilityOperation op) => op.Spec.SuccessExamples.Values.First().ToJsonString();
}
