using Seedance.Conformance.Coverage;
using Seedance.Conformance.Generator;
using Seedance.Conformance.Live;
using Seedance.Conformance.Prism;
using Seedance.Conformance.Recording;
using Seedance.Conformance.Reporting;
using Seedance.Conformance.Running;
using Seedance.Conformance.Scenarios;
using Seedance.Conformance.Specs;

namespace Seedance.Conformance.Cli;

/// <summary>The runner's command line: parses arguments and runs the requested command.</summary>
public static class ConformanceCli
{
    /// <summary>Exit code: every scenario passed (or was skipped) and the coverage is complete.</summary>
    public const int Success = 0;

    /// <summary>Exit code: a scenario failed, or the coverage is incomplete.</summary>
    public const int Failures = 1;

    /// <summary>Exit code: bad arguments or unreadable inputs.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the runner; returns the process exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where the table and coverage go.</param>
    /// <param name="error">Where usage errors go.</param>
    /// <param name="environment">Where live keys are read from.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, ConformanceEnvironment environment, CancellationToken cancellationToken) =>
        RunAsync(args, output, error, environment, null, cancellationToken);

    /// <summary>Runs the runner with in-process <paramref name="hooks"/> (logger, stub-server key, exception observer); returns the process exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where the table and coverage go.</param>
    /// <param name="error">Where usage errors go.</param>
    /// <param name="environment">Where live keys are read from.</param>
    /// <param name="hooks">What a test plugs in; null for none (the command line's behaviour).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, ConformanceEnvironment environment, ConformanceHooks? hooks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(environment);
        if (args.Length > 0 && args[0] == "regenerate-recordings") return Regenerate(output, error);
        if (args.Length > 0 && args[0] == "drift") return await DriftCommand.RunAsync(args[1..], output, error, cancellationToken).ConfigureAwait(false);

        RunnerOptions options;
        try
        {
            options = RunnerOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            error.WriteLine(exception.Message);
            error.WriteLine(RunnerOptions.Usage);
            return UsageError;
        }
        if (options.Help)
        {
            output.WriteLine(RunnerOptions.Usage);
            return Success;
        }

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
            return UsageError;
        }

        var unknown = options.Providers.Concat(options.BaseUrls.Keys).Concat(options.Prism.Keys)
            .Where(p => specs.Documents.All(d => d.Provider != p)).Distinct().ToList();
        if (unknown.Count > 0)
        {
            error.WriteLine($"unknown provider(s): {string.Join(", ", unknown)}; known: {string.Join(", ", specs.Documents.Select(d => d.Provider))}");
            return UsageError;
        }

        var selected = ScenarioFilter.Apply(all, options);
        if (options.List)
        {
            foreach (var s in selected) output.WriteLine($"{s.Name}  [{s.Kind}, {s.Definition.Cost}, live {s.Definition.Live}]");
            output.WriteLine($"{selected.Count} scenarios");
            return Success;
        }
        if (selected.Count == 0)
        {
            error.WriteLine("no scenario matches the filters");
            return UsageError;
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
                return Failures;
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
        return summary.Succeeded ? Success : Failures;
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

    private static int Regenerate(TextWriter output, TextWriter error)
    {
        var paths = ConformancePaths.SourceTree();
        if (paths is null)
        {
            error.WriteLine("regenerate-recordings must run inside the repository (no Seedance.Contracts.sln above the current directory).");
            return UsageError;
        }
        var generated = RecordingGenerator.Generate(SpecSet.Load(paths.SpecsDirectory));
        var changed = generated.WriteTo(paths.RecordingsDirectory);
        output.WriteLine($"{generated.Files.Count} generated recording files under {paths.RecordingsDirectory}; {changed.Count} written or removed.");
        foreach (var path in changed) output.WriteLine("  " + path);
        return Success;
    }
}
