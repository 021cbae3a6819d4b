using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace Seedance.CodeGen.Tests.EndToEnd;

/// <summary>
/// Real `dotnet build`s take most of a core each; on a two-core machine they must not overlap each
/// other or the in-process tests, so this collection runs alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EndToEndBuildCollection
{
    public const string Name = "end-to-end build";
}

/// <summary>
/// The README's "Change a spec, see the client change" promises, proven through a real
/// <c>dotnet build src/Seedance.Generated</c> of a copy of the repo (the other generator tests drive
/// Roslyn in-process and cannot see MSBuild's wiring: AdditionalFiles, analyzer loading, error output).
/// </summary>
[Collection(EndToEndBuildCollection.Name)]
public sealed class EndToEndBuildTests(ITestOutputHelper output)
{
    private const string DeleteCall = "client.Volc.V3.Contents.Generations.Tasks[\"id\"].DeleteAsync()";

    private const string Consumer = $$"""
        using Seedance.Generated.CometApiVolc;

        internal static class Consumer
        {
            public static global::System.Threading.Tasks.Task Delete(CometApiVolcClient client) => {{DeleteCall}};
        }
        """;

    private static readonly Regex SpecError = new(
        @"^(?<file>\S*specs[/\\]cometapi-videos\.yaml)\((?<line>\d+),(?<column>\d+)\): error (?<id>SDG\d{3}): (?<message>.*?)(?: \[[^\]]*\])?$",
        RegexOptions.Multiline);

    [Fact]
    public async Task Adding_the_readme_operation_to_a_spec_adds_DeleteAsync_to_the_built_client()
    {
        var example = ReadmeSpecChangeExample.Load();
        Assert.Contains(DeleteCall, example.Prose, StringComparison.Ordinal);
        // Control: the checkout's client has no DeleteAsync there, so the build below is what adds it.
        Assert.Contains(ConsumerErrors(typeof(Seedance.Generated.Runtime.IProviderError).Assembly.Location), d => d.Id == "CS1061");

        using var sandbox = BuildSandbox.Create();
        sandbox.EditSpec("cometapi-volc.yaml", yaml => ReplaceOnce(yaml, example.PathKeyLine + "\n", example.PathKeyLine + "\n" + example.Operation));
        var unapproved = await sandbox.BuildAsync();
        output.WriteLine($"build with deleteTask: exit {unapproved.ExitCode} in {unapproved.Elapsed.TotalSeconds:F1} s");

        // A new operation is new public API: the build fails with RS0016 naming each new symbol, and
        // nothing else, until the symbols are approved in PublicAPI.Unshipped.txt (docs/public-api.md).
        Assert.True(unapproved.ExitCode != 0, unapproved.Output);
        var errorLines = ErrorLines(unapproved.Output);
        Assert.All(errorLines, l => Assert.Contains(": error RS0016: ", l, StringComparison.Ordinal));
        var symbols = errorLines.Select(l => UndeclaredSymbol.Match(l)).Where(m => m.Success).Select(m => m.Groups["symbol"].Value).Distinct().ToList();
        Assert.Contains(symbols, s => s.Contains("TasksItemRequestBuilder.DeleteAsync(", StringComparison.Ordinal));
        Assert.Contains(symbols, s => s.Contains("TasksItemRequestBuilder.ToDeleteRequestInformation(", StringComparison.Ordinal));

        sandbox.ApprovePublicApi(symbols);
        var build = await sandbox.BuildAsync();
        output.WriteLine($"build after approving {symbols.Count} symbols: exit {build.ExitCode} in {build.Elapsed.TotalSeconds:F1} s");
        Assert.True(build.ExitCode == 0, build.Output);
        var builder = sandbox.GeneratedFile("CometApiVolc.Volc.V3.Contents.Generations.Tasks.Item.TasksItemRequestBuilder.g.cs");
        Assert.Contains(" DeleteAsync(", builder, StringComparison.Ordinal);
        Assert.Contains(" ToDeleteRequestInformation(", builder, StringComparison.Ordinal);
        var errors = ConsumerErrors(sandbox.BuiltAssembly());
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task A_spec_without_an_operationId_fails_the_build_with_an_error_naming_the_spec_file_and_line()
    {
        using var sandbox = BuildSandbox.Create();
        sandbox.EditSpec("cometapi-videos.yaml", yaml => ReplaceOnce(yaml, "      operationId: getVideo\n", ""));
        var spec = File.ReadAllText(sandbox.SpecPath("cometapi-videos.yaml")).Split('\n');
        var path = Array.IndexOf(spec, "  /v1/videos/{id}:");
        Assert.True(path >= 0 && spec[path + 1] == "    get:", "GET /v1/videos/{id} is not laid out as the test expects");
        var getLine = path + 2; // 1-based line of "get:"

        var build = await sandbox.BuildAsync();
        output.WriteLine($"build without getVideo's operationId: exit {build.ExitCode} in {build.Elapsed.TotalSeconds:F1} s");

        Assert.True(build.ExitCode != 0, build.Output);
        // The build must fail for this one reason only. The spec's client is then not generated, so
        // PublicApiAnalyzers also reports each of its approved symbols as missing (RS0017): a
        // consequence, not a second reason.
        var errorLines = ErrorLines(build.Output).Where(l => !l.Contains(": error RS0017: ", StringComparison.Ordinal)).ToList();
        var errorLine = Assert.Single(errorLines);
        var match = SpecError.Match(errorLine);
        Assert.True(match.Success, "not an error located in specs/cometapi-videos.yaml: " + errorLine);
        Assert.Equal("SDG004", match.Groups["id"].Value);
        Assert.Equal((getLine, 5), (int.Parse(match.Groups["line"].Value), int.Parse(match.Groups["column"].Value)));
        Assert.Contains("GET /v1/videos/{id} has no operationId", match.Groups["message"].Value, StringComparison.Ordinal);

        // The README shows this very line, with the paths shortened to the repo and the project dropped.
        var shortened = Regex.Replace(errorLine[..(match.Groups["message"].Index + match.Groups["message"].Length)], @"\S*specs[/\\]cometapi-videos\.yaml", "specs/cometapi-videos.yaml");
        Assert.Equal(ReadmeSpecChangeExample.Load().ErrorLine, shortened);
    }

    // -v:q repeats every error in the summary.
    private static List<string> ErrorLines(string output) =>
        output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().ToList();

    private static readonly Regex UndeclaredSymbol = new(@": error RS0016: Symbol '(?<symbol>.*)' is not part of the declared public API");

    private static string ReplaceOnce(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, $"expected exactly one '{old.Trim()}' in the spec");
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    // Compiles the README's call against a Seedance.Generated.dll in place of the checkout's one.
    private static List<Diagnostic> ConsumerErrors(string generatedAssembly)
    {
        var checkout = typeof(Seedance.Generated.Runtime.IProviderError).Assembly.Location;
        var references = TestSupport.References
            .Where(r => !string.Equals(r.Display, checkout, StringComparison.Ordinal))
            .Append(MetadataReference.CreateFromFile(generatedAssembly));
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(Consumer, TestSupport.ParseOptions) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    }
}
