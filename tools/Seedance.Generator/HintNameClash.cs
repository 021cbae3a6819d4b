using System;
using System.Collections.Immutable;
using System.Linq;
using Seedance.CodeGen.Diagnostics;
using Seedance.CodeGen.Emitting;
using Seedance.CodeGen.Model;

namespace Seedance.Generator
{
    /// <summary>The hint names (generated file names) one spec emits.</summary>
    /// <param name="Path">The spec path.</param>
    /// <param name="HintNames">Its generated files' hint names.</param>
    internal sealed record HintClaim(string Path, EquatableArray<string> HintNames)
    {
        public static HintClaim Of(SpecOutput output) =>
            new HintClaim(output.Path, output.Files.Select(f => f.HintName).ToEquatableArray());
    }

    /// <summary>
    /// Two specs that emit the same hint name (same <c>x-csharp-namespace</c>, e.g. a copied spec).
    /// Roslyn checks hint names across outputs only after every callback has returned, so the
    /// generator's own catch never sees that exception: it would escape as warning CS8785, name no
    /// spec and drop every client. So each spec is checked against the others first.
    /// </summary>
    internal static class HintNameClash
    {
        /// <summary>
        /// <paramref name="output"/> unchanged, or, when a spec whose path sorts before it (ordinal, so
        /// the outcome does not depend on file order) already emits one of its files, no files and an
        /// SDG006 error. The first spec keeps its client, so only the copy is reported.
        /// </summary>
        public static SpecOutput Check(SpecOutput output, ImmutableArray<HintClaim> claims)
        {
            if (output.Files.Count == 0) return output;
            var mine = output.Files.Select(f => f.HintName).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
            var earlier = claims
                .Where(c => string.CompareOrdinal(c.Path, output.Path) < 0)
                .OrderBy(c => c.Path, StringComparer.Ordinal)
                .Select(c => (c.Path, Shared: c.HintNames.FirstOrDefault(mine.Contains)))
                .FirstOrDefault(c => c.Shared != null);
            if (earlier.Shared is null) return output;

            var error = new SpecDiagnostic(DiagnosticIds.NameClash, SpecSeverity.Error, output.Path, "/info/x-csharp-namespace", 0, 0,
                $"the generated file {earlier.Shared} also comes from {earlier.Path}; give each spec its own info.x-csharp-namespace");
            return new SpecOutput(output.Path, EquatableArray<GeneratedFile>.Empty, output.Diagnostics.Concat(new[] { error }).ToEquatableArray(), null);
        }
    }
}
