using System;
using System.Linq;
using System.Threading;
using Seedance.CodeGen.Diagnostics;
using Seedance.CodeGen.Emitting;
using Seedance.CodeGen.Model;
using Seedance.CodeGen.Reading;

namespace Seedance.CodeGen
{
    /// <summary>
    /// The whole pipeline for one spec, for a CLI or a test: read (YAML → model + diagnostics), then emit
    /// (model → files). The source generator calls the two steps separately so each is cached.
    /// </summary>
    public static class SpecCompiler
    {
        /// <summary>Reads and emits; never throws for a bad spec.</summary>
        /// <param name="path">The spec path (used in diagnostics and for the default namespace).</param>
        /// <param name="text">The YAML text.</param>
        /// <param name="cancellationToken">Cancellation.</param>
        /// <returns>The files (empty when an error was found) and the diagnostics.</returns>
        public static (EquatableArray<GeneratedFile> Files, EquatableArray<SpecDiagnostic> Diagnostics) Compile(string path, string text, CancellationToken cancellationToken = default)
        {
            var read = SpecReader.Read(path, text, cancellationToken);
            if (read.Model is null) return (EquatableArray<GeneratedFile>.Empty, read.Diagnostics);
            return EmitSafely(read.Model, read.Diagnostics);
        }

        /// <summary>Emits <paramref name="model"/>, turning an emitter exception into an SDG099 diagnostic.</summary>
        public static (EquatableArray<GeneratedFile> Files, EquatableArray<SpecDiagnostic> Diagnostics) EmitSafely(SpecModel model, EquatableArray<SpecDiagnostic> diagnostics)
        {
            try
            {
                return (CSharpEmitter.Emit(model), diagnostics);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var error = new SpecDiagnostic(DiagnosticIds.InternalError, SpecSeverity.Error, model.SourcePath, "", 0, 0, $"the generator failed to emit code: {ex.GetType().Name}: {ex.Message}");
                return (EquatableArray<GeneratedFile>.Empty, diagnostics.Concat(new[] { error }).ToEquatableArray());
            }
        }
    }
}
