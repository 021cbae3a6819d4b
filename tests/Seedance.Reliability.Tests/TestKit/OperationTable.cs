using Seedance.Contracts.Catalog;
using Seedance.Contracts.Http;
using Seedance.Generated;
using Seedance.Generated.Runtime;

namespace Seedance.Reliability.Tests.TestKit;

/// <summary>
/// One operation of one spec, as the provider clients call it: the generated invoker wrapped in
/// <see cref="SeedanceCall.InvokeAsync{T}(RequestSafety, Func{SeedanceCallScope, CancellationToken, Task{T}}, CancellationToken)"/>
/// with the spec's safety class and a valid request built from the spec's request example.
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

/// <summary>
/// Every operation of every spec, from the generated operation descriptors (<see cref="SeedanceOperations"/>):
/// route, retry class and its reason come from the spec's <c>x-seedance-retry</c>/<c>x-seedance-retry-reason</c>,
/// and each entry calls the generated invoker with the spec's first request example. An operation added
/// to a spec joins the matrix without an edit here. <c>OperationTableGuardTests</c> checks it against specs/.
/// </summary>
internal static class OperationTable
{
    /// <summary>All operations, provider by provider (<see cref="ProviderId.All"/> order), in spec order within one.</summary>
    public static IReadOnlyList<ReliabilityOperation> All { get; } = SeedanceOperations.All
        .OrderBy(d => ProviderOrder(d.Api))
        .Select(FromDescriptor)
        .ToArray();

    /// <summary>The operation with this key (<c>provider/operationId</c>).</summary>
    public static ReliabilityOperation Get(string key) => All.Single(o => o.Key == key);

    /// <summary>Operation keys as theory data.</summary>
    public static TheoryData<string> Keys()
    {
        var data = new TheoryData<string>();
        foreach (var op in All) data.Add(op.Key);
        return data;
    }

    /// <summary>The first documented success body of the operation, as JSON text.</summary>
    public static string SuccessBody(ReliabilityOperation op) => op.Spec.SuccessExamples.Values.First().ToJsonString();

    /// <summary>The retry class the pipeline gets for a descriptor's <c>x-seedance-retry</c>.</summary>
    public static RequestSafety SafetyOf(OperationDescriptor descriptor) =>
        descriptor.Retry == OperationRetry.Create ? RequestSafety.Create : RequestSafety.Idempotent;

    private static ReliabilityOperation FromDescriptor(OperationDescriptor descriptor)
    {
        var safety = SafetyOf(descriptor);
        return new ReliabilityOperation(
            descriptor.Api,
            descriptor.OperationId,
            descriptor.Method,
            descriptor.PathTemplate,
            safety,
            descriptor.RetryReason ?? "(the spec gives no x-seedance-retry-reason)",
            (pipeline, id, ct) => Run(pipeline, safety, (scope, c) => descriptor.InvokeAsync(pipeline.RequestAdapter, Arguments(descriptor, id), scope.Options, c), ct));
    }

    // The first request example (a JSON body, or a multipart form's fields) and the id for the one path parameter.
    private static OperationArguments Arguments(OperationDescriptor descriptor, string? id) => new()
    {
        Body = descriptor.RequestExamples.Count == 0 ? null : SpecDocument.Load(descriptor.Api).Operation(descriptor.OperationId).RequestExamples[descriptor.RequestExamples[0]],
        Path = id is null || descriptor.PathParameters.Count == 0 ? null : new Dictionary<string, string> { [descriptor.PathParameters.Single().Name] = id },
    };

    private static int ProviderOrder(string api)
    {
        var index = ProviderId.All.ToList().IndexOf(api);
        return index < 0 ? int.MaxValue : index;
    }

    private static async Task<object?> Run<T>(SeedancePipeline pipeline, RequestSafety safety, Func<SeedanceCallScope, CancellationToken, Task<T>> call, CancellationToken ct) =>
        await pipeline.Call.InvokeAsync(safety, call, ct).ConfigureAwait(false);
}
