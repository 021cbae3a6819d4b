using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Emulator;

namespace Seedance.Testing.Tests;

/// <summary>
/// The two examples of docs/testing.md and those of the Seedance.Testing and Seedance.Emulator package
/// readmes, compiled and run. The text between each pair of marker comments is the docs' code block, line
/// for line (<see cref="The_docs_show_the_examples_these_tests_run"/>, <see cref="The_package_readmes_show_the_code_these_tests_run"/>).
/// </summary>
public sealed class DocsExampleTests
{
    // testing-fake-example:begin
    [Fact]
    public async Task A_rejected_prompt_is_reported_to_the_user()
    {
        var fake = new FakeVideoJobClient(ProviderId.Seedance2Ink);
        fake.EnqueueJob(FakeJobScript.Fails("content_policy", "The prompt was rejected."));
        var renderer = new VideoRenderer(fake);   // your code, taking an IVideoJobClient

        var outcome = await renderer.RenderAsync("A red fox in fresh snow");

        Assert.Equal("The prompt was rejected.", outcome);
        Assert.Equal("A red fox in fresh snow", Assert.Single(fake.Submissions).Prompt);
    }
    // testing-fake-example:end

    // testing-emulator-example:begin
    [Fact]
    public async Task A_video_renders_and_downloads_offline()
    {
        await using var emulator = await SeedanceEmulator.StartAsync(new SeedanceEmulatorOptions { RenderTime = TimeSpan.FromSeconds(1) });
        using var client = emulator.CreateJobClient(ProviderId.Seedance2Ink);

        var job = await client.SubmitAsync(new VideoRequest { Model = "seedance-2.0", Prompt = "A red fox in fresh snow", Duration = 5 });
        await job.WaitForCompletionAsync(new WaitOptions { PollInterval = TimeSpan.FromMilliseconds(200), MinPollInterval = TimeSpan.Zero });
        using var video = new MemoryStream();
        await job.DownloadToAsync(video);

        Assert.Equal(SampleVideo.Content.ToArray(), video.ToArray());
    }
    // testing-emulator-example:end

    [Fact]
    public async Task The_testing_package_readme_example_runs()
    {
        // testing-package-readme:begin
        var fake = new FakeVideoJobClient(ProviderId.Seedance2Ink);
        fake.EnqueueJob(FakeJobScript.Fails("content_policy", "The prompt was rejected."));
        var job = await fake.SubmitAsync(new VideoRequest { Model = "seedance-2.0", Prompt = "A red fox in fresh snow", Duration = 5 });
        var failure = await Assert.ThrowsAsync<SeedanceJobFailedException>(() => job.WaitForCompletionAsync());
        Assert.Equal("content_policy", failure.ProviderCode);
        Assert.Single(fake.Submissions);
        // testing-package-readme:end
    }

    [Fact]
    public async Task The_emulator_package_readme_example_runs()
    {
        var directory = Directory.CreateTempSubdirectory("seedance-readme-").FullName;
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = directory;   // the example writes fox.mp4 beside it
        try
        {
            // emulator-package-readme:begin
            await using var emulator = await SeedanceEmulator.StartAsync();
            using var client = emulator.CreateJobClient(ProviderId.Seedance2Ink);   // base URL and key set
            var job = await client.SubmitAsync(new VideoRequest { Model = "seedance-2.0", Prompt = "A red fox in fresh snow", Duration = 5 });
            await job.WaitForCompletionAsync();
            await job.DownloadToFileAsync("fox.mp4");
            // emulator-package-readme:end
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        Assert.Equal(SampleVideo.Content.ToArray(), await File.ReadAllBytesAsync(Path.Combine(directory, "fox.mp4")));
        Directory.Delete(directory, recursive: true);
    }

    [Theory]
    [InlineData("Seedance.Testing", "testing-package-readme")]
    [InlineData("Seedance.Emulator", "emulator-package-readme")]
    public void The_package_readmes_show_the_code_these_tests_run(string package, string region)
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "packages", package + ".md")).ReplaceLineEndings("\n");
        var code = File.ReadAllText(Path.Combine(RepoRoot.Path, "tests", "Seedance.Testing.Tests", "DocsExampleTests.cs")).ReplaceLineEndings("\n");

        var block = Between(readme, "```csharp\n", "```");
        var compiled = string.Join('\n', Between(code, $"// {region}:begin\n", $"// {region}:end").Split('\n').Select(l => l.Trim()));

        Assert.Equal(compiled.Trim(), string.Join('\n', block.Split('\n').Select(l => l.Trim())).Trim());
    }

    [Theory]
    [InlineData("testing-fake-example")]
    [InlineData("testing-emulator-example")]
    public void The_docs_show_the_examples_these_tests_run(string name)
    {
        var docs = File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "testing.md")).ReplaceLineEndings("\n");
        var code = File.ReadAllText(Path.Combine(RepoRoot.Path, "tests", "Seedance.Testing.Tests", "DocsExampleTests.cs")).ReplaceLineEndings("\n");

        var shown = Between(docs, $"<!-- {name}:begin -->", $"<!-- {name}:end -->");
        var block = shown[(shown.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length)..shown.LastIndexOf("```", StringComparison.Ordinal)];
        var compiled = Outdent(Between(code, $"// {name}:begin\n", $"    // {name}:end"));

        Assert.Equal(compiled.TrimEnd(), block.TrimEnd());
    }

    [Fact]
    public void The_fake_example_stays_within_about_ten_lines()
    {
        var code = File.ReadAllText(Path.Combine(RepoRoot.Path, "tests", "Seedance.Testing.Tests", "DocsExampleTests.cs")).ReplaceLineEndings("\n");
        var example = Between(code, "// testing-fake-example:begin\n", "    // testing-fake-example:end");

        Assert.InRange(example.Split('\n').Count(l => l.Trim().Length > 0), 1, 12);
    }

    private static string Between(string text, string begin, string end)
    {
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = text.IndexOf(end, start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"markers {begin.Trim()} ... {end.Trim()} not found");
        return text[(start + begin.Length)..stop];
    }

    private static string Outdent(string text) =>
        string.Join('\n', text.Split('\n').Select(l => l.StartsWith("    ", StringComparison.Ordinal) ? l[4..] : l.TrimStart()));
}

/// <summary>The app code under test in the docs' fake example: renders a video and says what went wrong, if anything.</summary>
internal sealed class VideoRenderer(IVideoJobClient client)
{
    /// <summary>Returns null when the video rendered, else the provider's message for the user.</summary>
    public async Task<string?> RenderAsync(string prompt, CancellationToken cancellationToken = default)
    {
        var job = await client.SubmitAsync(new VideoRequest { Model = "seedance-2.0", Prompt = prompt, Duration = 5 }, cancellationToken);
        try
        {
            await job.WaitForCompletionAsync(cancellationToken: cancellationToken);
            return null;
        }
        catch (SeedanceJobFailedException failure)
        {
            return failure.ProviderMessage;
        }
    }
}
