using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Seedance.CodeGen;
using Seedance.CodeGen.Diagnostics;
using Seedance.CodeGen.Emitting;
using Seedance.CodeGen.Model;
using Seedance.CodeGen.Reading;

namespace Seedance.Generator
{
    /// <summary>The generated files and diagnostics of one spec (equatable, so unchanged specs are cached).</summary>
    /// <param name="Path">The spec path.</param>
    /// <param name="Files">The generated files.</param>
    /// <param name="Diagnostics">The diagnostics.</param>
    /// <param name="OperationsClass">The spec's descriptor class (<c>global::</c> name) when its files are emitted, else null.</param>
    public sealed record SpecOutput(string Path, EquatableArray<GeneratedFile> Files, EquatableArray<SpecDiagnostic> Diagnostics, string? OperationsClass = null);

    /// <summary>
    /// Generates a Kiota-style typed client per OpenAPI spec given as an AdditionalFile (<c>*.yaml</c>/<c>*.yml</c>).
    /// Pipeline: AdditionalText → <see cref="SpecReader"/> (cached per spec) → <see cref="CSharpEmitter"/> →
    /// hint-name clash check across specs → sources.
    /// Every exception is caught and reported as an error diagnostic (a thrown exception would only be a
    /// CS8785 warning and silently drop the output).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SpecSourceGenerator : IIncrementalGenerator
    {
        /// <summary>The tracking name of the read step (spec text → model).</summary>
        public const string ReadStep = "ReadSpec";

        /// <summary>The tracking name of the emit step (model → files).</summary>
        public const string EmitStep = "EmitSpec";

        /// <summary>The tracking name of the step that drops a spec whose files another spec already emits.</summary>
        public const string ClashStep = "CheckHintNames";

        /// <summary>The tracking name of the step that lists every spec's descriptor class for the SeedanceOperations index.</summary>
        public const string IndexStep = "IndexOperations";

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var read = context.AdditionalTextsProvider
                .Where(static text => IsSpec(text.Path))
                .Select(static (text, cancellationToken) => Read(text, cancellationToken))
                .WithTrackingName(ReadStep);
            var emitted = read
                .Select(static (result, _) => Emit(result.Path, result.Result))
                .WithTrackingName(EmitStep);
            // Only the hint names are collected, so editing one spec's body re-checks the others
            // cheaply and leaves their (equal) outputs Unchanged.
            var claims = emitted.Select(static (output, _) => HintClaim.Of(output)).Collect();
            var produced = emitted
                .Combine(claims)
                .Select(static (pair, _) => HintNameClash.Check(pair.Left, pair.Right))
                .WithTrackingName(ClashStep);
            context.RegisterSourceOutput(produced, static (spc, output) => Produce(spc, output));

            // One index over every spec's descriptors. Only the class names are collected, so editing a
            // spec's body leaves the index Unchanged. Without a single generated client there is nothing
            // to index (and the spec errors say why), so no file is added.
            var index = produced
                .Select(static (output, _) => output.Files.Count == 0 ? null : output.OperationsClass)
                .Collect()
                .Select(static (classes, _) => classes.Where(c => c != null).Select(c => c!).OrderBy(c => c, StringComparer.Ordinal).ToEquatableArray())
                .WithTrackingName(IndexStep);
            context.RegisterSourceOutput(index, static (spc, classes) =>
            {
                if (classes.Count == 0) return;
                spc.AddSource(CSharpEmitter.OperationIndexNamespace + "." + CSharpEmitter.OperationIndexClass + ".g.cs",
                    SourceText.From(CSharpEmitter.EmitOperationIndex(classes).Text, System.Text.Encoding.UTF8));
            });
        }

        // *.yaml / *.yml, except dot-files (.spectral.yaml and other tool configs)
        private static bool IsSpec(string path)
        {
            var name = path.Replace('\\', '/');
            name = name.Substring(name.LastIndexOf('/') + 1);
            return !name.StartsWith(".", StringComparison.Ordinal)
                && (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase));
        }

        private static (string Path, SpecReadResult Result) Read(AdditionalText text, CancellationToken cancellationToken)
        {
            try
            {
                var source = text.GetText(cancellationToken);
                if (source is null)
                {
                    var d = new SpecDiagnostic(DiagnosticIds.InternalError, SpecSeverity.Error, text.Path, "", 0, 0, "the spec file could not be read");
                    return (text.Path, new SpecReadResult(null, new[] { d }.ToEquatableArray()));
                }
                return (text.Path, SpecReader.Read(text.Path, source.ToString(), cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var d = new SpecDiagnostic(DiagnosticIds.InternalError, SpecSeverity.Error, text.Path, "", 0, 0, $"the generator failed: {ex.GetType().Name}: {ex.Message}");
                return (text.Path, new SpecReadResult(null, new[] { d }.ToEquatableArray()));
            }
        }

        private static SpecOutput Emit(string path, SpecReadResult result)
        {
            if (result.Model is null) return new SpecOutput(path, EquatableArray<GeneratedFile>.Empty, result.Diagnostics);
            var (files, diagnostics) = SpecCompiler.EmitSafely(result.Model, result.Diagnostics);
            return new SpecOutput(path, files, diagnostics, CSharpEmitter.OperationsClassFullName(result.Model));
        }

        private static void Produce(SourceProductionContext context, SpecOutput output)
        {
            foreach (var d in output.Diagnostics) context.ReportDiagnostic(ToRoslyn(d));
            try
            {
                foreach (var file in output.Files) context.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Clashes between specs are caught earlier (HintNameClash); this is the last resort.
                var d = new SpecDiagnostic(DiagnosticIds.InternalError, SpecSeverity.Error, output.Path, "", 0, 0,
                    $"could not add a generated file: {ex.GetType().Name}: {ex.Message}");
                context.ReportDiagnostic(ToRoslyn(d));
            }
        }

        /// <summary>Converts a reader diagnostic to a Roslyn one located in the spec file.</summary>
        public static Diagnostic ToRoslyn(SpecDiagnostic d)
        {
            var descriptor = d.Severity switch
            {
                SpecSeverity.Error => Descriptors.ForError(d.Id),
                SpecSeverity.Warning => Descriptors.Warning,
                _ => Descriptors.Info,
            };
            var line = Math.Max(d.Line - 1, 0);
            var column = Math.Max(d.Column - 1, 0);
            var position = new LinePosition(line, column);
            var location = Location.Create(d.FilePath, new TextSpan(0, 0), new LinePositionSpan(position, position));
            var message = d.Severity == SpecSeverity.Error ? d.FullMessage : $"{d.Id}: {d.FullMessage}";
            return Diagnostic.Create(descriptor, location, message);
        }
    }
}
