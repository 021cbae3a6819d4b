using Seedance.Conformance.Cli;
using Seedance.Conformance.Live;
using Seedance.Conformance.Replay;
using Seedance.Conformance.Scenarios;
using Seedance.Contracts.Catalog;

namespace Seedance.Conformance.Tests;

/// <summary>The source tree's specs and recordings, and an in-process way to run the runner.</summary>
internal static class ConformanceSupport
{
    private static readonly Lazy<ConformancePaths> SourcePaths = new(() =>
        ConformancePaths.SourceTree(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Seedance.Contracts.sln not found above the test binaries"));

    private static readonly Lazy<IReadOnlyList<Scenario>> AllScenarios = new(() => ScenarioCatalog.Load(Paths.RecordingsDirectory));

    public static ConformancePaths Paths => SourcePaths.Value;

    public static IReadOnlyList<Scenario> Catalog => AllScenarios.Value;

    /// <summary>The runner's arguments pointing at the source tree, plus <paramref name="args"/>.</summary>
    public static string[] Args(params string[] args) =>
        ["--specs", Paths.SpecsDirectory, "--recordings", Paths.RecordingsDirectory, .. args];

    public static async Task<(int Exit, string Output, string Error)> RunCliAsync(string[] args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ConformanceCli.RunAsync(args, output, error,
            new ConformanceEnvironment(environment ?? new Dictionary<string, string?>()), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>
    /// A replay host posing as the live APIs of every provider: all stubs that can coexist on one
    /// server (every operation scenario, plus the lifecycle scenarios that take one request).
    /// </summary>
    public static async Task<ReplayHost> StartPosingHostAsync(Func<Scenario, bool>? include = null)
    {
        var host = await ReplayHost.StartAsync(new ReplayHostOptions { FilesDirectory = Paths.FilesDirectory });
        foreach (var scenario in Catalog.Where(include ?? (s => s.Kind != ScenarioKinds.Lifecycle || s.Mappings.Count == 1)))
        {
            host.AddMappingsFromJson(scenario.ToImportJson());
        }
        return host;
    }

    /// <summary>Every provider's live key variable set to <paramref name="key"/>.</summary>
    public static Dictionary<string, string?> AllLiveKeys(string key) =>
        ProviderId.All.Select(LiveKeys.VariableFor).Distinct().ToDictionary(variable => variable, _ => (string?)key);

    /// <summary><c>--base-url p=URL</c> for every provider.</summary>
    public static string[] BaseUrlArgs(Uri url) =>
        new[] { "cometapi-videos", "cometapi-volc", "acedata-seedance", "seedance2-ink" }
            .SelectMany(p => new[] { "--base-url", $"{p}={url.ToString().TrimEnd('/')}" }).ToArray();

    /// <summary>A copy of the recordings in a temp directory, to break on purpose.</summary>
    public static string CopyRecordings()
    {
        var target = TestSupport.TempRoot();
        foreach (var file in Directory.EnumerateFiles(Paths.RecordingsDirectory, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Paths.RecordingsDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }
}
