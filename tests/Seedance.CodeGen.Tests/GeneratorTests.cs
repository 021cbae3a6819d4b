extern alias gen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecSourceGenerator = gen::Seedance.Generator.SpecSourceGenerator;

namespace Seedance.CodeGen.Tests;

public class GeneratorTests
{
    private static GeneratorDriver Driver(params AdditionalText[] texts) =>
        CSharpGeneratorDriver.Create(
            new[] { new SpecSourceGenerator().AsSourceGenerator() },
            texts,
            (CSharpParseOptions)TestSupport.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    private static CSharpCompilation EmptyCompilation() => TestSupport.Compilation(Array.Empty<SyntaxTree>());

    [Fact]
    public void Generates_a_compiling_client()
    {
        var driver = Driver(new InMemoryAdditionalText("/repo/specs/features.yaml", TestSupport.ReadSpec("features.yaml")));
        driver = driver.RunGeneratorsAndUpdateCompilation(EmptyCompilation(), out var output, out var diagnostics);
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.NotNull(output.GetTypeByMetadataName("Seedance.Tests.Features.FeaturesClient"));
        Assert.NotNull(output.GetTypeByMetadataName("Seedance.Tests.Features.V1.Things.Item.ThingsItemRequestBuilder"));
    }

    [Fact]
    public void Broken_spec_fails_with_an_error_naming_file_and_line()
    {
        var broken = TestSupport.ReadSpec("features.yaml").Replace("      operationId: getThing\n", "");
        var driver = Driver(new InMemoryAdditionalText("/repo/specs/features.yaml", broken));
        driver.RunGeneratorsAndUpdateCompilation(EmptyCompilation(), out _, out var diagnostics);
        var error = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("SDG004", error.Id);
        Assert.Contains("/repo/specs/features.yaml", error.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("/paths/~1v1~1things~1{thingId}/get", error.GetMessage(), StringComparison.Ordinal);
        var span = error.Location.GetLineSpan();
        Assert.Equal("/repo/specs/features.yaml", span.Path);
        Assert.True(span.StartLinePosition.Line > 0);
        Assert.Empty(driver.GetRunResult().GeneratedTrees);
    }

    [Fact]
    public void Yaml_error_is_located()
    {
        var driver = Driver(new InMemoryAdditionalText("/repo/specs/bad.yaml", "openapi: 3.1.0\ninfo: {title: [x\n"));
        driver.RunGeneratorsAndUpdateCompilation(EmptyCompilation(), out _, out var diagnostics);
        var error = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("SDG001", error.Id);
        Assert.Equal("/repo/specs/bad.yaml", error.Location.GetLineSpan().Path);
    }

    // Roslyn turns an exception escaping a generator into warning CS8785 and drops all its output, so
    // the build would lose every client and name no spec; the generator must report error SDG099 instead.
    [Fact]
    public void A_spec_that_cannot_be_read_is_an_SDG099_error_not_an_escaping_exception()
    {
        var driver = Driver(new UnreadableAdditionalText("/repo/specs/locked.yaml"));
        driver = driver.RunGeneratorsAndUpdateCompilation(EmptyCompilation(), out _, out var diagnostics);

        var error = SingleErrorNothingEscaped(driver, diagnostics);
        Assert.Equal("SDG099", error.Id);
        Assert.Equal("/repo/specs/locked.yaml", error.Location.GetLineSpan().Path);
        Assert.Contains("IOException: the disk went away", error.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_copied_spec_is_an_error_on_the_copy_not_an_escaping_exception()
    {
        // Same namespace, so the same hint names: Roslyn would throw for the copy's first file only
        // after the generator's callback had returned, past any catch inside it.
        var driver = Driver(
            new InMemoryAdditionalText("/repo/specs/other.yaml", TestSupport.MiniSpec("  {}")),
            new InMemoryAdditionalText("/repo/specs/mini.yaml", TestSupport.MiniSpec("  {}")));
        driver = driver.RunGeneratorsAndUpdateCompilation(EmptyCompilation(), out var output, out var diagnostics);

        var error = SingleErrorNothingEscaped(driver, diagnostics);
        Assert.Equal("SDG006", error.Id);
        // other.yaml sorts after mini.yaml (ordinal), so it is the copy, although it came first
        Assert.Equal("/repo/specs/other.yaml", error.Location.GetLineSpan().Path);
        Assert.Contains("/repo/specs/mini.yaml", error.GetMessage(), StringComparison.Ordinal);
        Assert.NotNull(output.GetTypeByMetadataName("Seedance.Tests.Mini.MiniClient"));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    // No exception escaped the generator (Roslyn would report it as CS8785 and drop every output);
    // exactly one error diagnostic stands in for it.
    private static Diagnostic SingleErrorNothingEscaped(GeneratorDriver driver, ImmutableArray<Diagnostic> diagnostics)
    {
        Assert.Null(driver.GetRunResult().Results.Single().Exception);
        Assert.DoesNotContain(diagnostics, d => d.Id == "CS8785");
        return Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Non_spec_files_are_ignored()
    {
        var driver = Driver(
            new InMemoryAdditionalText("/repo/specs/.spectral.yaml", "extends: [spectral:oas]\n"),
            new InMemoryAdditionalText("/repo/notes.txt", "hello"));
        driver.RunGeneratorsAndUpdateCompilation(EmptyCompilation(), out _, out var diagnostics);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Second_run_with_the_same_input_is_cached()
    {
        var compilation = EmptyCompilation();
        var driver = Driver(
            new InMemoryAdditionalText("/repo/specs/features.yaml", TestSupport.ReadSpec("features.yaml")),
            new InMemoryAdditionalText("/repo/specs/mini.yaml", TestSupport.MiniSpec("  {}")));
        driver = driver.RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class UserCode {}")));
        var result = driver.GetRunResult().Results.Single();
        var reasons = result.TrackedSteps[SpecSourceGenerator.ReadStep].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(2, reasons.Count);
        Assert.All(reasons, r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.All(outputs, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    [Fact]
    public void Changing_one_spec_regenerates_only_that_spec()
    {
        var compilation = EmptyCompilation();
        var features = new InMemoryAdditionalText("/repo/specs/features.yaml", TestSupport.ReadSpec("features.yaml"));
        var mini = new InMemoryAdditionalText("/repo/specs/mini.yaml", TestSupport.MiniSpec("  {}"));
        var driver = Driver(features, mini).RunGenerators(compilation);

        var changedMini = new InMemoryAdditionalText("/repo/specs/mini.yaml", TestSupport.MiniSpec("  {}").Replace("a: {type: string}", "b: {type: integer}"));
        driver = driver.ReplaceAdditionalText(mini, changedMini).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        var read = result.TrackedSteps[SpecSourceGenerator.ReadStep].SelectMany(s => s.Outputs).Select(o => (o.Value, o.Reason)).ToList();
        Assert.Contains(read, x => x.Reason == IncrementalStepRunReason.Cached && x.Value.ToString()!.Contains("features.yaml", StringComparison.Ordinal));
        Assert.Contains(read, x => x.Reason == IncrementalStepRunReason.Modified && x.Value.ToString()!.Contains("mini.yaml", StringComparison.Ordinal));
        var emit = result.TrackedSteps[SpecSourceGenerator.EmitStep].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, emit.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, emit.Count(r => r == IncrementalStepRunReason.Cached));
        // the cross-spec clash check only sees hint names, which did not change: features is not re-produced
        var clash = result.TrackedSteps[SpecSourceGenerator.ClashStep].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, clash.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, clash.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("public int? B", StringComparison.Ordinal));
    }

    [Fact]
    public void The_operation_index_lists_every_spec_and_survives_a_body_edit_unchanged()
    {
        var compilation = EmptyCompilation();
        var features = new InMemoryAdditionalText("/repo/specs/features.yaml", TestSupport.ReadSpec("features.yaml"));
        var mini = new InMemoryAdditionalText("/repo/specs/mini.yaml", TestSupport.MiniSpec("  {}"));
        var driver = Driver(features, mini).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var index = Assert.Single(driver.GetRunResult().GeneratedTrees, t => t.FilePath.EndsWith("Seedance.Generated.SeedanceOperations.g.cs", StringComparison.Ordinal)).ToString();
        // sorted by class name, so file order does not matter
        Assert.Contains("global::Seedance.Tests.Features.FeaturesOperations.All, global::Seedance.Tests.Mini.MiniOperations.All", index, StringComparison.Ordinal);

        var changedMini = new InMemoryAdditionalText("/repo/specs/mini.yaml", TestSupport.MiniSpec("  {}").Replace("a: {type: string}", "b: {type: integer}"));
        driver = driver.ReplaceAdditionalText(mini, changedMini).RunGenerators(compilation);
        var reasons = driver.GetRunResult().Results.Single().TrackedSteps[SpecSourceGenerator.IndexStep].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        // the class names did not change, so the index is not re-emitted
        var reason = Assert.Single(reasons);
        Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString());
    }

    [Fact]
    public void Whitespace_only_change_leaves_the_output_unchanged()
    {
        var compilation = EmptyCompilation();
        var mini = new InMemoryAdditionalText("/repo/specs/mini.yaml", TestSupport.MiniSpec("  {}"));
        var driver = Driver(mini).RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(mini, new InMemoryAdditionalText("/repo/specs/mini.yaml", TestSupport.MiniSpec("  {}") + "\n\n# comment\n")).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();
        var read = result.TrackedSteps[SpecSourceGenerator.ReadStep].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, read);
    }
}

/// <summary>A spec whose read fails, as a file locked or removed between listing and reading would.</summary>
internal sealed class UnreadableAdditionalText(string path) : AdditionalText
{
    public override string Path { get; } = path;

    public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
        throw new IOException("the disk went away");
}
