using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Seedance.CodeGen.Emitting;

namespace Seedance.CodeGen.Tests;

internal static class TestSupport
{
    public static string SpecPath(string name) => Path.Combine(AppContext.BaseDirectory, "Specs", name);

    public static string ReadSpec(string name) => File.ReadAllText(SpecPath(name));

    /// <summary>A minimal valid spec with the given paths and schemas blocks (YAML, indented by the caller).</summary>
    public static string MiniSpec(string paths, string schemas = "    Dummy: {type: object, properties: {a: {type: string}}}") => $"""
        openapi: 3.1.0
        info:
          title: Mini
          version: 1.0.0
          x-csharp-namespace: Seedance.Tests.Mini
          x-csharp-client: MiniClient
        servers:
          - url: https://mini.example.test
        paths:
        {paths}
        components:
          schemas:
        {schemas}
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToList();
        paths.Add(typeof(Microsoft.Kiota.Abstractions.ApiException).Assembly.Location);
        paths.Add(typeof(Microsoft.Kiota.Serialization.Json.JsonParseNode).Assembly.Location);
        paths.Add(typeof(Microsoft.Kiota.Serialization.Text.TextParseNode).Assembly.Location);
        paths.Add(typeof(Microsoft.Kiota.Serialization.Form.FormParseNode).Assembly.Location);
        paths.Add(typeof(Microsoft.Kiota.Serialization.Multipart.MultipartSerializationWriter).Assembly.Location);
        paths.Add(typeof(Seedance.Generated.Runtime.IProviderError).Assembly.Location);
        return paths.Where(p => p.Length > 0 && File.Exists(p))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    });

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static CSharpParseOptions ParseOptions { get; } =
        new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    // The descriptor types are internal to Seedance.Generated, so the emitted code can only see them
    // when they are part of the same compilation, as in the real project (with its implicit usings).
    private static readonly Lazy<ImmutableArray<SyntaxTree>> LazyRuntimeOperations = new(() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "RuntimeOperations"), "*.cs")
            .Order(StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), ParseOptions, f))
            .Append(CSharpSyntaxTree.ParseText(
                "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;",
                ParseOptions, "ImplicitUsings.cs"))
            .ToImmutableArray());

    /// <summary>The runtime operation descriptor types and the implicit usings they are written against.</summary>
    public static ImmutableArray<SyntaxTree> RuntimeOperations => LazyRuntimeOperations.Value;

    public static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(
            "GeneratedUnderTest",
            trees.Concat(RuntimeOperations),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Compiles emitted files; returns errors and warnings (XML doc warnings included).</summary>
    public static IReadOnlyList<Diagnostic> CompileDiagnostics(IEnumerable<GeneratedFile> files)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, f.HintName)).ToList();
        var compilation = Compilation(trees);
        return compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();
    }
}

internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
