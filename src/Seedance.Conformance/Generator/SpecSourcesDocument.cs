using System.Text;
using Seedance.Conformance.Specs;

namespace Seedance.Conformance.Generator;

/// <summary>
/// Renders <c>docs/spec-sources.md</c>: for every spec, operation and named example (in spec order)
/// where the example comes from, from the specs' own <c>x-source</c> / <c>x-provenance</c> /
/// <c>x-status-provenance</c> annotations, plus the key table of the sources cited. Only the
/// trailing "Notes" section is hand-written; it is carried over from the current file unchanged.
/// </summary>
internal static class SpecSourcesDocument
{
    /// <summary>The document's path relative to the repository root.</summary>
    public const string RelativePath = "docs/spec-sources.md";

    // Everything from this heading on is prose nobody can derive from the specs (context on why an
    // example is marked as it is), so regeneration keeps it instead of owning it.
    private const string NotesHeading = "## Notes";

    private const string TableHeader = "| operation | where | example | provenance |\n|---|---|---|---|\n";

    private static readonly string Introduction = $"""
        # Spec example sources

        Where every named example in `specs/*.yaml` comes from. **verbatim** = copied unchanged from the
        provider's documentation (`x-source` in the spec); **inferred** = reconstructed because the
        documentation shows no body (`x-provenance: inferred`; the spec's `x-provenance-reason` says why);
        **HTTP status inferred** = the body is documented but its status is not (`x-status-provenance`).
        The tables are generated from the specs' own annotations by
        `{RecordingGenerator.RegenerateCommand}`, and a drift test fails
        when they are stale; the specs are authoritative. The notes at the end are hand-written and kept.

        Pairing used by the specs: an operation's request example and 200 example share a key
        (`success`, or `retrieve` / `retrieve-batch` for AceData's task query). The other 200 examples
        are lifecycle states (`queued`, `running`/`in-progress`/`processing`, `succeeded`, `failed`, ...).

        """;

    /// <summary>
    /// The document for <paramref name="specs"/>, placed in <c>docs/</c> next to the specs directory
    /// (the repository layout), keeping the notes of the file already there.
    /// </summary>
    public static GeneratedDocument Generate(SpecSet specs)
    {
        var path = Path.GetFullPath(Path.Combine(specs.Directory, "..", RelativePath));
        var current = File.Exists(path) ? File.ReadAllText(path) : null;
        return new GeneratedDocument(path, RelativePath, Render(specs, current));
    }

    /// <summary>The document text for <paramref name="specs"/>, with the notes section of <paramref name="current"/> (if any) appended.</summary>
    public static string Render(SpecSet specs, string? current)
    {
        var text = new StringBuilder(Introduction.ReplaceLineEndings("\n"));
        var sources = specs.Operations.SelectMany(AllExamples).Where(e => !e.Example.IsInferred).Select(e => e.Example.Provenance);
        text.Append("\nSource keys:\n\n| key | source |\n|---|---|\n");
        foreach (var (key, source) in SourceKeys.TableFor(sources)) text.Append($"| `{key}` | {source} |\n");

        foreach (var spec in specs.Documents)
        {
            text.Append($"\n## `specs/{spec.Provider}.yaml`\n\n").Append(TableHeader);
            foreach (var operation in spec.Operations)
            {
                // The operation is named on its first row only, so each operation reads as one block.
                var label = $"`{operation.OperationId}` {operation.Method} `{operation.PathTemplate}`";
                foreach (var (where, example, statusInferred) in AllExamples(operation))
                {
                    text.Append($"| {label} | {where} | `{example.Name}` | {Provenance(example, statusInferred)} |\n");
                    label = "";
                }
            }
        }

        var notes = NotesOf(current);
        if (notes is not null) text.Append('\n').Append(notes);
        return text.ToString();
    }

    private static IEnumerable<(string Where, SpecExample Example, bool StatusInferred)> AllExamples(SpecOperation operation) =>
        operation.RequestExamples.Select(e => ("request", e, false))
            .Concat(operation.Responses.SelectMany(r => r.Examples.Select(e => (r.Status, e, r.StatusInferred))));

    private static string Provenance(SpecExample example, bool statusInferred)
    {
        var body = example.IsInferred ? "inferred" : $"verbatim (`{SourceKeys.KeyFor(example.Provenance)}`)";
        return statusInferred ? body + "; HTTP status inferred" : body;
    }

    // The notes run from their heading to the end of the file; line endings are normalised so a CRLF
    // checkout regenerates to the same text.
    private static string? NotesOf(string? current)
    {
        if (current is null) return null;
        var normalized = "\n" + current.ReplaceLineEndings("\n");
        var start = normalized.IndexOf("\n" + NotesHeading + "\n", StringComparison.Ordinal);
        return start < 0 ? null : normalized[(start + 1)..].TrimEnd('\n') + "\n";
    }
}
