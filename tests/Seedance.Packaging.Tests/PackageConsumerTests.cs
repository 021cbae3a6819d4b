using System.Text.Json.Nodes;
using Seedance.Conformance.Scenarios;
using Xunit.Abstractions;

namespace Seedance.Packaging.Tests;

/// <summary>
/// The packages work for someone who only has them: a fresh net10.0 project restores them from a local
/// feed, compiles the README's job-API example against them, and runs the whole conformance suite from
/// the recordings and specs the package copied beside its binary; a fresh net8.0 project takes
/// Seedance.Contracts alone, compiles its package README's example and is not lifted off the 8.0 line.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed class PackageConsumerTests(PackagesFixture packages, ITestOutputHelper output)
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task A_fresh_project_restores_the_packages_compiles_the_readme_example_and_passes_every_scenario()
    {
        var version = Nuspec.Read(packages.PackagePath("Seedance.Conformance")).Version;
        var consumer = ConsumerProject.CreateConformanceApp(packages.Root, packages.Feed, await GlobalPackagesFolderAsync(), version);
        await BuildAsync(consumer);

        var bin = Path.Combine(consumer, "bin", "Release", "net10.0");
        var report = Path.Combine(packages.Root, "consumer-report.json");
        var run = await DotnetCli.RunAsync(consumer, [Path.Combine(bin, ConsumerProject.Name + ".dll"), "--report", report], RunTimeout, ConsumerProject.Environment);
        output.WriteLine(run.Output);

        // Every scenario the checkout holds ran from the packaged copies and passed; nothing was skipped.
        var scenarios = ScenarioCatalog.Load(Path.Combine(RepoRoot.Path, "src", "Seedance.Conformance", "Recordings")).Count;
        Assert.True(scenarios > 50, $"only {scenarios} scenarios in the checkout");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{scenarios} passed, 0 failed, 0 skipped", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"Coverage: operations \d+ covered, 0 skipped, 0 missing; documented statuses \d+ covered, 0 skipped, 0 missing", run.Output);

        var results = JsonNode.Parse(await File.ReadAllTextAsync(report))!["scenarios"]!.AsArray();
        Assert.Equal(scenarios, results.Count);
        Assert.All(results, r => Assert.Equal("passed", (string?)r!["outcome"]));

        // The recordings and specs it ran came from the package, beside the consumer's binary.
        Assert.True(File.Exists(Path.Combine(bin, "Recordings", "coverage-skips.json")), "the package did not copy its recordings to the output");
        Assert.Equal(4, Directory.GetFiles(Path.Combine(bin, "specs"), "*.yaml").Length);
        Assert.True(Directory.Exists(Path.Combine(consumer, "packages", "seedance.contracts", version)),
            "Seedance.Contracts was not restored into the consumer's private packages folder");
    }

    /// <summary>
    /// Seedance.Contracts targets net8.0 and takes the 8.0 line of Microsoft.Extensions.*, so an app on
    /// net8.0 must not be lifted to 9.x or 10.x of any of them (or of DiagnosticSource) by anything the
    /// SDK brings: such an app would ship assemblies built for a runtime it does not run on. Checked on
    /// what restore actually resolved, transitive dependencies included.
    /// </summary>
    [Fact]
    public async Task A_net8_project_gets_no_Microsoft_Extensions_package_lifted_past_the_8_line()
    {
        var contracts = Nuspec.Read(packages.PackagePath("Seedance.Contracts"));
        var consumer = ConsumerProject.CreateContractsLibrary(packages.Root, packages.Feed, await GlobalPackagesFolderAsync(), contracts.Version,
            contracts.ReadText(contracts.Readme));
        await BuildAsync(consumer);

        var resolved = ProjectAssets.Packages(consumer, "net8.0");
        var runtimeLine = resolved
            .Where(p => p.Id.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || p.Id == "System.Diagnostics.DiagnosticSource")
            .ToList();
        output.WriteLine("net8.0 consumer resolved: " + string.Join(", ", resolved));

        // The check runs on real data: the packages Seedance.Contracts names directly were resolved.
        Assert.Contains(resolved, p => p.Id == "Seedance.Contracts" && p.Version == contracts.Version);
        foreach (var direct in new[] { "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Http" })
        {
            Assert.Contains(runtimeLine, p => p.Id == direct);
        }

        var lifted = runtimeLine.Where(p => p.Major >= 9).ToList();
        Assert.True(lifted.Count == 0,
            $"a net8.0 app referencing Seedance.Contracts {contracts.Version} is lifted to {string.Join(", ", lifted)}. "
            + $"`dotnet nuget why {consumer} <package>` shows which dependency asks for it; pin that dependency "
            + "(or the lifted package) to a version on the 8.0 line in Directory.Packages.props.");
    }

    private async Task BuildAsync(string consumer)
    {
        var build = await DotnetCli.RunAsync(consumer,
            ["build", "-c", "Release", "-nologo", "-v:q", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false"], BuildTimeout,
            ConsumerProject.Environment);
        output.WriteLine($"{Path.GetFileName(consumer)} build: exit {build.ExitCode} in {build.Elapsed.TotalSeconds:F1} s");
        Assert.True(build.ExitCode == 0, $"{Path.GetFileName(consumer)} did not build from the packages:\n" + build.Output);
    }

    /// <summary>The machine's global packages folder, as NuGet itself resolves it from the repo.</summary>
    private static async Task<string> GlobalPackagesFolderAsync()
    {
        var run = await DotnetCli.RunAsync(RepoRoot.Path, ["nuget", "locals", "global-packages", "--list"], TimeSpan.FromMinutes(1));
        Assert.True(run.ExitCode == 0, run.Output);
        const string prefix = "global-packages:";
        var line = run.Output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith(prefix, StringComparison.Ordinal));
        var path = line[prefix.Length..].Trim();
        Assert.True(Directory.Exists(path), $"global packages folder {path} does not exist");
        return path;
    }
}
