namespace Seedance.Packaging.Tests;

/// <summary>
/// A fresh app that takes Seedance.Conformance (and through it Seedance.Contracts, Seedance.Generated
/// and Kiota) from NuGet, as an app developer's project would: its own folder outside the repo's
/// Directory.Build.* files, a nuget.config naming only the local feed of packed packages and the
/// machine's global packages folder (no network), and a private packages folder so nothing this test
/// restores is cached for anything else. Package source mapping takes Seedance.* from the fresh feed
/// only, so a stale copy of the same version in the machine's cache can never stand in for it.
/// </summary>
internal static class ConsumerProject
{
    public const string Name = "Consumer";

    /// <summary>
    /// The environment for every dotnet command run on the consumer: NUGET_PACKAGES would override the
    /// private packages folder of its nuget.config and restore the fresh packages into the machine's cache.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string?> Environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = null };

    public static string Create(string root, string feed, string globalPackages, string version, string readmeExample)
    {
        var dir = Directory.CreateDirectory(Path.Combine(root, "consumer")).FullName;
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
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Seedance.Conformance" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        // The conformance runner's own entry point, word for word: the packaged suite must run as is.
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using Seedance.Conformance.Cli;

            return await ConformanceCli.RunAsync(args, Console.Out, Console.Error, ConformanceEnvironment.FromProcess(), CancellationToken.None);
            """);
        File.WriteAllText(Path.Combine(dir, "ReadmeExample.cs"), readmeExample);
        return dir;
    }

    /// <summary>
    /// The README's job-API example as a compilable file: its <c>using</c> directives at the top, its
    /// statements in a method that receives the <c>cancellationToken</c> they use. Compiled, not run
    /// (it would need a key and the real API).
    /// </summary>
    public static string ReadmeExampleSource()
    {
        var code = Assert.Single(ReadmeSection.Load("job-api-example").FencedBlocks(), b => b.Info == "csharp").Lines;
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
