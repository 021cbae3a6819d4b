using System.Reflection;
using Seedance.Contracts.Http;

namespace Seedance.Contracts.Tests.Hosting;

/// <summary>docs/hosting.md's configuration table names every setting a provider entry binds, and nothing else.</summary>
public sealed class HostingDocsTests
{
    [Fact]
    public void The_configuration_table_lists_every_bindable_setting()
    {
        var doc = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "hosting.md"));
        var table = doc[doc.IndexOf("## Configuration keys", StringComparison.Ordinal)..doc.IndexOf("## IHttpClientFactory", StringComparison.Ordinal)];
        var documented = table.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l[3..l.IndexOf('`', 3)].Split(':').Where(p => !int.TryParse(p, out _)).Aggregate((a, b) => a + ":" + b))
            .ToHashSet(StringComparer.Ordinal);

        var expected = Settable(typeof(SeedanceProviderOptions)).Where(n => n != nameof(SeedanceProviderOptions.Retry))
            .Concat(Settable(typeof(RetryOptions)).Select(n => "Retry:" + n))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(expected.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.Name);

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Seedance.Contracts.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Seedance.Contracts.sln not found above " + AppContext.BaseDirectory);
    }
}
