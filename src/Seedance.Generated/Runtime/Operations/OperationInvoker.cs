using Microsoft.Kiota.Abstractions;

namespace Seedance.Generated.Runtime;

/// <summary>
/// Calls one operation through its generated request builder: builds the body from
/// <paramref name="arguments"/>, adds <paramref name="options"/> to the request and returns the typed
/// result (null for an operation without a response body).
/// </summary>
/// <param name="adapter">The request adapter the client is built on.</param>
/// <param name="arguments">Body, path values and files.</param>
/// <param name="options">Request options to attach (retry class, capture...), or null.</param>
/// <param name="cancellationToken">Cancellation.</param>
internal delegate Task<object?> OperationInvoker(
    IRequestAdapter adapter,
    OperationArguments arguments,
    IEnumerable<IRequestOption>? options,
    CancellationToken cancellationToken);
