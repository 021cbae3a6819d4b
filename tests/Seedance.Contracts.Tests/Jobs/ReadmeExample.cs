namespace Seedance.Contracts.Tests.Jobs;

/// <summary>The README's job API example, verbatim after the client line, so it is compiled and run.</summary>
internal static class ReadmeExample
{
    public static async Task RunAsync(IVideoJobClient client, string path, CancellationToken cancellationToken)
    {
        var job = await client.SubmitAsync(new VideoRequest { Model = "seedance-2.0", Prompt = "A river through an autumn forest, aerial view", Duration = 5 }, cancellationToken);
        await foreach (var status in job.WatchAsync(new WaitOptions { Deadline = TimeSpan.FromMinutes(15) }, cancellationToken))
            Console.WriteLine($"{status.State} ({status.RawStatus}) {status.Progress}%");
        await job.DownloadToFileAsync(path, cancellationToken);
    }
}
