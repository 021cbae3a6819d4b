using Seedance.Conformance;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Jobs;

namespace Seedance.Contracts.Tests.Hosting;

/// <summary>
/// The recorded provider answers a health probe meets, served for the probe's own request: each recording
/// is loaded as recorded, with only the job id it asks about swapped for <see cref="VideoJobClient.ProbeJobId"/>.
/// </summary>
internal static class ProbeRecordings
{
    /// <summary>The key the recorded 401 answers expect (the conformance suite's invalid key).</summary>
    public const string RefusedKey = "sk-seedance-conformance-invalid-key-0000";

    public static readonly ConformancePaths Paths = ConformancePaths.SourceTree()
        ?? throw new InvalidOperationException("Seedance.Contracts.sln not found above the test binary.");

    /// <summary>The answer that means healthy: the model list (Seedance2.ink) or the not-found reply to a status read.</summary>
    public static readonly IReadOnlyDictionary<string, (string File, string? RecordedId)> Healthy = new Dictionary<string, (string, string?)>
    {
        [ProviderId.Seedance2Ink] = ("seedance2-ink/listModels/success.json", null),
        [ProviderId.CometApiVideos] = ("cometapi-videos/lifecycle/unknown-task.json", "seedance-conformance-unknown-task-0000"),
        [ProviderId.CometApiVolc] = ("cometapi-volc/lifecycle/unknown-task.json", "seedance-conformance-unknown-task-0000"),
        [ProviderId.AceDataSeedance] = ("acedata-seedance/lifecycle/unknown-task.json", "seedance-conformance-unknown-task-0000"),
    };

    /// <summary>The provider's recorded answer to a refused key on the probe's route.</summary>
    public static readonly IReadOnlyDictionary<string, (string File, string? RecordedId)> Refused = new Dictionary<string, (string, string?)>
    {
        [ProviderId.Seedance2Ink] = ("seedance2-ink/listModels/unauthorized.json", null),
        [ProviderId.CometApiVideos] = ("cometapi-videos/getVideo/invalid-token.json", "task_abc123"),
        [ProviderId.CometApiVolc] = ("cometapi-volc/getTask/invalid-token.json", "021773297205999example"),
        [ProviderId.AceDataSeedance] = ("acedata-seedance/queryTasks/invalid-token.json", null),
    };

    public static Task<ReplayHost> StartHostAsync() => ReplayHost.StartAsync(new ReplayHostOptions { FilesDirectory = Paths.FilesDirectory });

    /// <summary>Serves one recording, retargeted at the probe id.</summary>
    public static void Serve(this ReplayHost host, (string File, string? RecordedId) recording)
    {
        var json = File.ReadAllText(Path.Combine(Paths.MappingsDirectory, recording.File));
        if (recording.RecordedId is { } id)
        {
            Assert.Contains(id, json, StringComparison.Ordinal);
            json = json.Replace(id, VideoJobClient.ProbeJobId, StringComparison.Ordinal);
        }
        host.AddMappingsFromJson(json);
    }
}
