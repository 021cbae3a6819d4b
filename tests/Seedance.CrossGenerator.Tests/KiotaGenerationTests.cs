using System.Reflection;
using System.Text.Json.Nodes;

namespace Seedance.CrossGenerator.Tests;

/// <summary>The build generated a Kiota CLI client for every spec, with the pinned tool.</summary>
public sealed class KiotaGenerationTests
{
    private static string RepoRoot { get; } =
        typeof(KiotaGenerationTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static TheoryData<string> SpecFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SpecDocument.SpecsDirectory, "*.yaml").Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(SpecFiles))]
    public void Every_spec_has_a_Kiota_client_compiled_into_this_assembly(string specId)
    {
        // KiotaGenerate.targets names the client after our own: CometApiVideosClient -> Kiota.CometApiVideos.CometApiVideosKiotaClient.
        var ourClient = SpecDocument.Load(specId).Root["info"]!["x-csharp-client"]!.GetValue<string>();
        var name = ourClient[..^"Client".Length];
        var type = typeof(KiotaGenerationTests).Assembly.GetType($"Kiota.{name}.{name}KiotaClient");
        Assert.True(type is not null, $"no Kiota client for {specId}: add it to KiotaSpec in KiotaGenerate.targets");
    }

    [Fact]
    public void The_tool_manifest_pins_kiota_1_38_0_and_the_build_used_it()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot, ".config", "dotnet-tools.json")))!;
        Assert.Equal("1.38.0", manifest["tools"]!["microsoft.openapi.kiota"]!["version"]!.GetValue<string>());
        var lockFile = Path.Combine(RepoRoot, "tests", "Seedance.CrossGenerator.Tests", "obj", "kiota", "cometapi-videos", "kiota-lock.json");
        var kiotaLock = JsonNode.Parse(File.ReadAllText(lockFile))!;
        Assert.Equal("1.38.0", kiotaLock["kiotaVersion"]!.GetValue<string>());
    }
}
