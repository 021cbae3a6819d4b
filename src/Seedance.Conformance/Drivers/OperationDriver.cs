using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions.Serialization;
using Seedance.Conformance.Scenarios;
using Seedance.Contracts.Http;
using Seedance.Generated.Runtime;

namespace Seedance.Conformance.Drivers;

/// <summary>
/// Calls one spec operation through the Contracts pipeline and reads its key values. The call is the
/// operation's generated invoker (<see cref="OperationDescriptor"/>): the scenario's body, form and
/// path values go in as they are, the retry class is the spec's <c>x-seedance-retry</c>. Only the
/// key-value readers (<see cref="KeyValueReaders"/>) are written by hand.
/// </summary>
/// <param name="descriptor">The generated descriptor of the operation.</param>
internal sealed class OperationDriver(OperationDescriptor descriptor)
{
    /// <summary>The provider id.</summary>
    public string Provider => descriptor.Api;

    /// <summary>The operationId.</summary>
    public string OperationId => descriptor.OperationId;

    /// <summary>The pipeline's retry class for the spec's <c>x-seedance-retry</c>.</summary>
    public RequestSafety Safety => descriptor.Retry == OperationRetry.Create ? RequestSafety.Create : RequestSafety.Idempotent;

    /// <summary>Sends <paramref name="request"/>; a failure surfaces as the pipeline's SeedanceException.</summary>
    public async Task<OperationResult> InvokeAsync(SeedancePipeline pipeline, ScenarioRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(request);
        var arguments = new OperationArguments { Body = request.Body ?? FormFields(request.Form), Path = request.Path };
        var result = await pipeline.Call.InvokeAsync(
            Safety,
            (scope, ct) => descriptor.InvokeAsync(pipeline.RequestAdapter, arguments, scope.Options, ct),
            cancellationToken).ConfigureAwait(false);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var path in KeyFields.For(Provider, OperationId))
        {
            values[path] = result is null ? null : KeyValueReaders.Read(result, path);
        }
        return new OperationResult(result as IParsable, values);
    }

    // A multipart scenario lists its text parts as strings; the invoker reads them as form fields.
    private static JsonObject? FormFields(SortedDictionary<string, string>? form) =>
        form is null ? null : new JsonObject(form.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value))));
}

/// <summary>The typed result of an operation and its key values by wire path.</summary>
/// <param name="Model">The parsed body.</param>
/// <param name="Values">The values of <see cref="KeyFields"/>; <see cref="NotProjected"/> when the driver cannot read a path.</param>
internal sealed record OperationResult(IParsable? Model, IReadOnlyDictionary<string, object?> Values);

/// <summary>Marks a key path the driver has no typed accessor for (a driver bug, reported as a failure).</summary>
internal sealed class NotProjected
{
    /// <summary>The one instance.</summary>
    public static readonly NotProjected Value = new();

    private NotProjected()
    {
    }
}
