using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Jobs;

public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task The_README_example_submits_waits_and_downloads()
    {
        const string Create = "/api/open/v1/video/generations";
        await using var host = await TestJobClients.StartHostAsync();
        var done = SpecExamples.Response(ProviderId.Seedance2Ink, "GET", Create + "/{requestId}", 200, "succeeded");
        host.Serve("POST", Create, Reply.Ok(SpecExamples.Response(ProviderId.Seedance2Ink, "POST", Create, 200, "success")));
        host.Serve("GET", $"{Create}/{(string)done["requestId"]!}", Reply.Ok(done));
        host.Given(RequestPattern.For("GET", new Uri((string)done["output"]!["url"]!).AbsolutePath)).RespondWith(Faults.LargeBody(4096, contentType: "video/mp4"));
        using var client = TestJobClients.Seedance2Ink(host);
        var path = Path.Combine(Path.GetTempPath(), $"seedance-readme-{Guid.NewGuid():N}.mp4");
        try
        {
            await ReadmeExample.RunAsync(client, path, CancellationToken.None);

            Assert.Equal(4096, new FileInfo(path).Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_capability_table_renders_one_column_per_provider()
    {
        var table = Capabilities.ToMarkdownTable();

        Assert.All(ProviderId.All, p => Assert.Contains($"`{p}`", table, StringComparison.Ordinal));
        Assert.Contains("| Cancel | — | — | — | ✓ |", table, StringComparison.Ordinal);
    }
}
