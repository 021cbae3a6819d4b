namespace Seedance.CodeGen.Model
{
    /// <summary>An operation's retry class (<c>x-seedance-retry</c>).</summary>
    public enum RetryClass
    {
        /// <summary><c>idempotent</c>: may be replayed.</summary>
        Idempotent,

        /// <summary><c>create</c>: starts a paid job; never replayed once it may have been received.</summary>
        Create,
    }

    /// <summary>An operation's role in the job API (<c>x-seedance-role</c>).</summary>
    public enum JobRole
    {
        /// <summary>No role given.</summary>
        None,

        /// <summary><c>create</c>.</summary>
        Create,

        /// <summary><c>status</c>.</summary>
        Status,

        /// <summary><c>cancel</c>.</summary>
        Cancel,

        /// <summary><c>list</c>.</summary>
        List,

        /// <summary><c>models</c>.</summary>
        Models,
    }

    /// <summary>One <c>x-seedance-states</c> entry.</summary>
    /// <param name="Word">The provider's status word, as written.</param>
    /// <param name="State">The normalized state name (<c>Queued</c>, <c>Running</c>, ...).</param>
    public sealed record StatusWordModel(string Word, string State);

    /// <summary>A path parameter and its spec example.</summary>
    /// <param name="Name">The name in the path.</param>
    /// <param name="Example">The <c>example</c> value, or null.</param>
    public sealed record PathParameterFact(string Name, string? Example);

    /// <summary>
    /// What the generated operation descriptor says about an operation besides its executor: read from
    /// the <c>x-seedance-*</c> extensions and the documented examples (docs/spec-conventions.md).
    /// </summary>
    /// <param name="Path">The OpenAPI path, e.g. <c>/v1/videos/{id}</c>.</param>
    /// <param name="Role">The role.</param>
    /// <param name="Retry">The retry class (explicit, or derived from the method when absent).</param>
    /// <param name="RetryReason">The <c>x-seedance-retry-reason</c> text, or null.</param>
    /// <param name="RequestMediaType">The request body's first media type, or null.</param>
    /// <param name="RequestExamples">The names of that media type's examples, in spec order.</param>
    /// <param name="PathParameters">The path parameters in template order.</param>
    /// <param name="StatusWords">The <c>x-seedance-states</c> entries, in spec order.</param>
    public sealed record OperationFacts(
        string Path,
        JobRole Role,
        RetryClass Retry,
        string? RetryReason,
        string? RequestMediaType,
        EquatableArray<string> RequestExamples,
        EquatableArray<PathParameterFact> PathParameters,
        EquatableArray<StatusWordModel> StatusWords);
}
