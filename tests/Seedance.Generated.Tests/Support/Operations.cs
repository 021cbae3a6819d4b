using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions;
using Seedance.Generated.Runtime;

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
/// Marks a data-driven test that runs for every generated operation descriptor, so it covers every
/// spec operation; the coverage guard checks the descriptors match the spec operations one to one.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class CoversEveryOperationAttribute(Coverage kind) : Attribute
{
    /// <summary>The kind of coverage.</summary>
    public Coverage Kind { get; } = kind;
}

/// <summary>
/// Calls any spec operation through its generated invoker (<see cref="OperationDescriptor"/>). The body
/// is a request example of the spec (JSON: parsed into the generated model; multipart: its fields set
/// part by part), the path parameter defaults to the spec's parameter example. Used by the request
/// theory and the generic error and forward-compatibility theories; an operation a spec gains is
/// callable here without an edit.
/// </summary>
public static class Operations
{
    /// <summary>Bytes of the file part the multipart tests attach (not a spec body: the spec has no file example).</summary>
    public static readonly byte[] FirstFrameBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0x2D, 0x2D, 0x0D, 0x0A, 0x7F];

    /// <summary>The generated descriptor of a spec operation.</summary>
    internal static OperationDescriptor Descriptor(SpecOperation op) =>
        SeedanceOperations.Find(op.Spec.Id, op.OperationId)
        ?? throw new InvalidOperationException($"No generated descriptor for {op.Key}: is the client generated from the current spec?");

    /// <summary>Invokes the operation and returns the typed result.</summary>
    public static Task<object?> Invoke(SpecOperation op, IRequestAdapter adapter, JsonNode? body = null, string? pathValue = null, bool withFile = false)
    {
        var descriptor = Descriptor(op);
        var arguments = new OperationArguments
        {
            Body = body ?? op.RequestExamples.Values.FirstOrDefault(),
            Path = pathValue is null ? null : new Dictionary<string, string> { [descriptor.PathParameters.Single().Name] = pathValue },
            Files = withFile
                ? new Dictionary<string, MultipartFile> { [descriptor.FileParts.Single()] = new MultipartFile(new MemoryStream(FirstFrameBytes), "first frame.png", "image/png") }
                : null,
        };
        return descriptor.InvokeAsync(adapter, arguments);
    }
}
