using Microsoft.Kiota.Abstractions;

namespace Seedance.Generated.Runtime;

/// <summary>
/// The facts of one spec operation, generated from the spec (docs/generator.md, "Operation
/// descriptors"): where it lives, whether it may be retried, its role in the job API, its documented
/// request examples, the status words it reports, and a hook that calls it through the generated
/// client. Tests, the conformance suite and the handwritten layer read these instead of keeping their
/// own tables, so an operation added to a spec needs no hand-written entry.
/// </summary>
/// <param name="Api">The provider id (the spec file stem), e.g. <c>cometapi-videos</c>.</param>
/// <param name="OperationId">The operationId.</param>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="PathTemplate">The OpenAPI path, e.g. <c>/v1/videos/{id}</c>.</param>
/// <param name="Role">The role (<c>x-seedance-role</c>).</param>
/// <param name="Retry">The retry class (<c>x-seedance-retry</c>).</param>
/// <param name="RetryReason">Why (<c>x-seedance-retry-reason</c>), or null.</param>
/// <param name="RequestMediaType">The request body's media type, or null without a body.</param>
/// <param name="RequestExamples">The names of the request body's examples, in spec order.</param>
/// <param name="PathParameters">The path parameters with their example values.</param>
/// <param name="FileParts">The wire names of a multipart body's file parts.</param>
/// <param name="StatusWords">The provider's status words (<c>x-seedance-states</c>), in spec order; empty when none.</param>
/// <param name="Invoker">Calls the operation through the generated request builder.</param>
internal sealed record OperationDescriptor(
    string Api,
    string OperationId,
    string Method,
    string PathTemplate,
    OperationRole Role,
    OperationRetry Retry,
    string? RetryReason,
    string? RequestMediaType,
    IReadOnlyList<string> RequestExamples,
    IReadOnlyList<PathParameterDescriptor> PathParameters,
    IReadOnlyList<string> FileParts,
    IReadOnlyList<StatusWord> StatusWords,
    OperationInvoker Invoker)
{
    /// <summary><c>api/operationId</c>, the key the tests and scenarios use.</summary>
    public string Key => Api + "/" + OperationId;

    /// <summary>Calls the operation (see <see cref="OperationInvoker"/>).</summary>
    public Task<object?> InvokeAsync(IRequestAdapter adapter, OperationArguments arguments, IEnumerable<IRequestOption>? options = null, CancellationToken cancellationToken = default) =>
        Invoker(adapter, arguments, options, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => Key;
}
