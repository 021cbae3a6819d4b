namespace Seedance.Packaging.Tests;

/// <summary>
/// A fresh project that takes a Seedance package (and through it the rest of the SDK and Kiota) from
/// NuGet, as an app developer's project would: its own folder outside the repo's Directory.Build.* files,
/// a nuget.config naming only the local feed of packed packages and the machine's global packages folder
/// (no network), and a private packages folder so nothing this test restores is cached for anything else.
/// Package source mapping takes Seedance.* from the fresh feed only, so a stale copy of the same version
/// in the machine's cache can never stand in for it.
/// </summary>
internal static class ConsumerProject
{
    public const string Name = "Consumer";

    /// <summary>
    /// The environment for every dotnet command run on the consumer: NUGET_PACKAGES would override the
    /// private packages folder of its nuget.config and restore the fresh packages into the machine's cache.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string?> Environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = null };

    /// <summary>
    /// The net10.0 app: references Seedance.Conformance, runs the conformance runner's own entry point
    /// word for word (the packaged suite must run as is) and compiles the repository README's example.
    /// </summary>
    public static string CreateConformanceApp(string root, string feed, string globalPackages, string version) =>
        Create(Path.Combine(root, "consumer"), feed, globalPackages, "net10.0", "Exe", "Seedance.Conformance", version, new Dictionary<string, string>
        {
            ["Program.cs"] = """
                using Seedance.Conformance.Cli;

                return await ConformanceCli.RunAsync(args, Console.Out, Console.Error, ConformanceEnvironment.FromProcess(), CancellationToken.None);
                """,
            ["ReadmeExample.cs"] = ExampleSource(Assert.Single(ReadmeSection.Load("job-api-example").FencedBlocks(), b => b.Info == "csharp").Lines),
        });

    /// <summary>
    /// The net8.0 library: references Seedance.Contracts alone and compiles the example of that package's
    /// own README. A library because it is only built (the machine has no .NET 8 runtime or app host to
    /// run it), and its dependency graph is the one an app on net8.0 would get.
    /// </summary>
    public static string CreateContractsLibrary(string root, string feed, string globalPackages, string version, string packageReadme) =>
        Create(Path.Combine(root, "consumer-net8"), feed, globalPackages, "net8.0", "Library", "Seedance.Contracts", version, new Dictionary<string, string>
        {
            ["ReadmeExample.cs"] = ExampleSource(Assert.Single(new ReadmeSection(packageReadme).FencedBlocks(), b => b.Info == "csharp").Lines),
        });

    private static string Create(string folder, string feed, string globalPackages, string targetFramework, string outputType, string package, string version,
        IReadOnlyDictionary<string, string> sources)
    {
        var dir = Directory.CreateDirectory(folder).FullName;
        // Empty Directory.Build.* stop MSBuild's walk up the tree at this folder.
        File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(dir, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(dir, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(dir, "packages")}" />
              </config>
              <packageSources>
                <clear />
                <add key="seedance-feed" value="{feed}" />
                <add key="machine-cache" value="{globalPackages}" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="seedance-feed">
                  <package pattern="Seedance.*" />
                </packageSource>
                <packageSource key="machine-cache">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(dir, Name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>{targetFramework}</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{package}" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        foreach (var (name, text) in sources) File.WriteAllText(Path.Combine(dir, name), text);
        return dir;
    }

    /// <summary>
    /// A README's C# example as a compilable file: its <c>using</c> directives at the top, its statements
    /// in a method that receives the <c>cancellationToken</c> they use. Compiled, not run (it would need a
    /// key and the real API).
    /// </summary>
    private static string ExampleSource(IEnumerable<string> code)
    {
        var lines = code.Where(l => l.Length > 0).ToList();
        var usings = lines.Where(IsUsingDirective).ToList();
        var statements = lines.Where(l => !IsUsingDirective(l)).ToList();
        Assert.NotEmpty(usings);
        Assert.NotEmpty(statements);
        return string.Join("\n", usings) + "\n\n"
            + "internal static class ReadmeExample\n{\n"
            + "    public static async System.Threading.Tasks.Task RunAsync(System.Threading.CancellationToken cancellationToken)\n    {\n"
            + string.Concat(statements.Select(s => "        " + s + "\n"))
            + "    }\n}\n";
    }

    private static bool IsUsingDirective(string line) =>
        line.StartsWith("using ", StringComparison.Ordinal) && !line.StartsWith("using var ", StringComparison.Ordinal) && line.TrimEnd().EndsWith(';');
}
