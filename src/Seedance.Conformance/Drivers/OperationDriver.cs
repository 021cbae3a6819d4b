using Microsoft.Kiota.Abstractions.Serialization;
using Seedance.Conformance.Scenarios;
using Seedance.Contracts.Http;

namespace Seedance.Conformance.Drivers;

/// <summary>Calls one generated operation through the Contracts pipeline and reads its key values.</summary>
internal abstract class OperationDriver
{
    /// <summary>The provider id.</summary>
    public abstract string Provider { get; }

    /// <summary>The operationId.</summary>
    public abstract string OperationId { get; }

    /// <summary>Sends <paramref name="request"/>; a failure surfaces as the pipeline's SeedanceException.</summary>
    public abstract Task<OperationResult> InvokeAsync(SeedancePipeline pipeline, ScenarioRequest request, CancellationToken cancellationToken);
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

/// <summary>A driver whose operation returns <typeparamref name="TResult"/>.</summary>
/// <typeparam name="TResult">The generated success model.</typeparam>
internal abstract class OperationDriver<TResult> : OperationDriver where TResult : class, IParsable
{
    /// <inheritdoc />
    public override async Task<OperationResult> InvokeAsync(SeedancePipeline pipeline, ScenarioRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(request);
        var result = await CallAsync(pipeline, request, cancellationToken).ConfigureAwait(false);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var path in KeyFields.For(Provider, OperationId))
        {
            values[path] = result is null ? null : Project(result, path);
        }
        return new OperationResult(result, values);
    }

    /// <summary>Makes the generated call inside <c>pipeline.Call.InvokeAsync</c>.</summary>
    protected abstract Task<TResult?> CallAsync(SeedancePipeline pipeline, ScenarioRequest request, CancellationToken cancellationToken);

    /// <summary>The typed value at a key path, or <see cref="NotProjected.Value"/>.</summary>
    protected abstract object? Project(TResult result, string path);
}
