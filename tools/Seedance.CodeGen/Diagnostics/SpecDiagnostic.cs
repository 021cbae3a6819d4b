namespace Seedance.CodeGen.Diagnostics
{
    /// <summary>How bad a <see cref="SpecDiagnostic"/> is.</summary>
    public enum SpecSeverity
    {
        /// <summary>A remark (not shown by a command-line build); the build goes on.</summary>
        Info,

        /// <summary>A warning; the build goes on (unless warnings are errors).</summary>
        Warning,

        /// <summary>The spec cannot be turned into code; the build fails.</summary>
        Error,
    }

    /// <summary>
    /// One problem found in a spec. Plain data (no Roslyn types) so the code model stays equatable and
    /// a CLI can print it as it is.
    /// </summary>
    /// <param name="Id">The diagnostic id, one of <see cref="DiagnosticIds"/>.</param>
    /// <param name="Severity">Error or warning.</param>
    /// <param name="FilePath">The spec file as given to the reader.</param>
    /// <param name="Pointer">The JSON pointer of the offending node (e.g. <c>/paths/~1v1~1videos/post</c>), or empty.</param>
    /// <param name="Line">1-based line, or 0 when unknown.</param>
    /// <param name="Column">1-based column, or 0 when unknown.</param>
    /// <param name="Message">What is wrong.</param>
    public sealed record SpecDiagnostic(
        string Id,
        SpecSeverity Severity,
        string FilePath,
        string Pointer,
        int Line,
        int Column,
        string Message)
    {
        /// <summary>The message with the file, line and pointer, e.g. <c>specs/a.yaml(12,5) at /paths/...: ...</c>.</summary>
        public string FullMessage
        {
            get
            {
                var where = Line > 0 ? $"{FilePath}({Line},{Column})" : FilePath;
                var pointer = string.IsNullOrEmpty(Pointer) ? "" : $" at {Pointer}";
                return $"{where}{pointer}: {Message}";
            }
        }

        /// <inheritdoc />
        public override string ToString() => $"{FullMessage} [{Id}]";
    }

    /// <summary>The diagnostic ids the reader reports. The generator maps them to Roslyn descriptors.</summary>
    public static class DiagnosticIds
    {
        /// <summary>The YAML is not well formed.</summary>
        public const string YamlSyntax = "SDG001";

        /// <summary>Microsoft.OpenApi rejected the document (parse or validation error).</summary>
        public const string OpenApiInvalid = "SDG002";

        /// <summary>The document is valid OpenAPI but uses something the generator cannot map.</summary>
        public const string Unsupported = "SDG003";

        /// <summary>A spec convention the generator relies on is broken (e.g. missing operationId).</summary>
        public const string Convention = "SDG004";

        /// <summary>A <c>$ref</c> points nowhere or to something the generator does not follow.</summary>
        public const string BadReference = "SDG005";

        /// <summary>Two generated types or members would get the same C# name.</summary>
        public const string NameClash = "SDG006";

        /// <summary>The generator itself failed (a bug); the message carries the exception.</summary>
        public const string InternalError = "SDG099";

        /// <summary>A non-fatal remark from Microsoft.OpenApi.</summary>
        public const string OpenApiWarning = "SDG100";
    }
}
