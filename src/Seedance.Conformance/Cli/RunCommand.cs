using Seedance.Conformance.Coverage;
using Seedance.Conformance.Live;
using Seedance.Conformance.Prism;
using Seedance.Conformance.Recording;
using Seedance.Conformance.Reporting;
using Seedance.Conformance.Running;
using Seedance.Conformance.Scenarios;
using Seedance.Conformance.Specs;

namespace Seedance.Conformance.Cli;

/// <summary>The main command's run: load specs and recordings, pick the target, run the selected scenarios, report.</summary>
internal static class RunCommand
{
    /// <summary>Runs the scenarios <paramref name="options"/> select; returns the exit code.</summary>
    public static async Task<int> RunAsync(RunnerOptions options, TextWriter output, TextWriter error, ConformanceEnvironment environment,
        ConformanceHooks? hooks, CancellationToken cancellationToken)
    {
        var defaults = ConformancePaths.BesideBinary();
        var paths = new ConformancePaths(options.SpecsDirectory ?? defaults.SpecsDirectory, options.RecordingsDirectory ?? defaults.RecordingsDirectory);
        SpecSet specs;
        IReadOnlyList<Scenario> all;
        IReadOnlyList<CoverageSkip> skips;
        try
        {
            specs = SpecSet.Load(paths.SpecsDirectory);
            all = ScenarioCatalog.Load(paths.RecordingsDirectory);
            skips = CoverageSkip.Load(paths.CoverageSkipsFile);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            error.WriteLine($"cannot load the specs or recordings: {exception.Message}");
            return ConformanceCli.UsageError;
        }

        var unknown = options.Providers.Concat(options.BaseUrls.Keys).Concat(options.Prism.Keys)
            .Where(p => specs.Documents.All(d => d.Provider != p)).Distinct().ToList();
        if (unknown.Count > 0)
        {
            error.WriteLine($"unknown provider(s): {string.Join(", ", unknown)}; known: {string.Join(", ", specs.Documents.Select(d => d.Provider))}");
            return ConformanceCli.UsageError;
        }

        var selected = ScenarioFilter.Apply(all, options);
        if (options.List)
        {
            foreach (var s in selected) output.WriteLine($"{s.Name}  [{s.Kind}, {s.Definition.Cost}, live {s.Definition.Live}]");
            output.WriteLine($"{selected.Count} scenarios");
            return ConformanceCli.Success;
        }
        if (selected.Count == 0)
        {
            error.WriteLine("no scenario matches the filters");
            return ConformanceCli.UsageError;
        }

        await using var target = await CreateTargetAsync(options, specs, all, paths, environment, cancellationToken).ConfigureAwait(false);
        // Prism answers with its own bodies, so it checks one request per operation rather than every scenario.
        if (target is PrismTarget prism) selected = selected.Where(prism.IsChecked).ToList();
        var results = new List<ScenarioResult>();
        var review = new ResponseReview(new Schemas.ResponseChecker(specs), options.Strict);
        if (target is StubServerTarget { Mode: "wiremock" } server)
        {
            // Real WireMock must accept every file before any scenario is worth running.
            if (await server.CheckAllLoadAsync(all, cancellationToken).ConfigureAwait(false) is { } loadProblem)
            {
                error.WriteLine(loadProblem);
                return ConformanceCli.Failures;
            }
        }
        foreach (var scenario in selected)
        {
            results.Add(await ScenarioRunner.RunAsync(scenario, target, hooks, review, cancellationToken).ConfigureAwait(false));
        }

        // Coverage is a property of the recordings, reported on every run (it is what the README promises).
        var summary = new RunSummary(target.Mode, results, target.Mode == "prism" ? null : CoverageReport.Compute(specs, all, skips));
        ConsoleReport.Write(output, summary);
        if (options.ReportFile is { } report) await JsonReport.WriteAsync(report, summary, cancellationToken).ConfigureAwait(false);
        if (options.JUnitFile is { } junit) await JUnitReport.WriteAsync(junit, summary, cancellationToken).ConfigureAwait(false);
        return summary.Succeeded ? ConformanceCli.Success : ConformanceCli.Failures;
    }

    private static async Task<ScenarioTarget> CreateTargetAsync(RunnerOptions options, SpecSet specs, IReadOnlyList<Scenario> all, ConformancePaths paths,
        ConformanceEnvironment environment, CancellationToken cancellationToken)
    {
        if (options.Target is { } url) return await StubServerTarget.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
        if (options.Prism.Count > 0) return new PrismTarget(options.Prism, all);
        if (!options.Live) return await StubServerTarget.StartEmbeddedAsync(paths.RecordingsDirectory, cancellationToken).ConfigureAwait(false);

        var baseUrls = specs.Documents.ToDictionary(d => d.Provider, d => options.BaseUrls.GetValueOrDefault(d.Provider) ?? d.BaseUrl, StringComparer.Ordinal);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var doc in specs.Documents)
        {
            if (LiveKeys.Find(environment, doc.Provider) is { } key) keys[doc.Provider] = key;
        }
        var recorder = options.RecordDirectory is { } dir ? new LiveRecorder(dir, keys.Values) : null;
        return new LiveTarget(baseUrls, keys, options.AllowSpend, recorder);
    }
}
